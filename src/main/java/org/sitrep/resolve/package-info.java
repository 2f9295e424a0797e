/** Resolution of mentions to entities: within an article (short names to full names) and across articles (stable ids). */
package org.sitrep.resolve;
