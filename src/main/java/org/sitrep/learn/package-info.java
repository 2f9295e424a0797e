/**
 * Learned classifiers over named binary features (logistic regression, trained, saved and loaded), the one place
 * Sitrep imports Tribuo; the quotes and events stages say what the features are and what the labels mean.
 */
package org.sitrep.learn;
