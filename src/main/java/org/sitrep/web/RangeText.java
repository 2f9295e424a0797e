package org.sitrep.web;

import org.sitrep.core.DayRange;

/** How a heading says which days a list holds. */
final class RangeText {
    private RangeText() {
    }

    /** " published 2014-11-01 to 2014-11-30", " published from 2014-11-01", …; empty for every day. */
    static String of(DayRange range) {
        if (range.isAll()) {
            return "";
        }
        if (range.from() == null) {
            return " published up to " + range.to();
        }
        if (range.to() == null) {
            return " published from " + range.from();
        }
        return range.from().equals(range.to()) ? " published on " + range.from() : " published " + range.from() + " to " + range.to();
    }
}
