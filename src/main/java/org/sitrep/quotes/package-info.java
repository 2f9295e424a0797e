/**
 * Who said what: direct and partial quotes in every common quote style, reported speech, and their speakers
 * (named, by pronoun, by role), with role, organisation, medium and date where the text gives them.
 */
package org.sitrep.quotes;
