package org.sitrep.index;

import java.time.LocalDate;
import java.time.YearMonth;
import java.time.format.DateTimeParseException;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.apache.lucene.analysis.Analyzer;
import org.apache.lucene.document.LongPoint;
import org.apache.lucene.index.Term;
import org.apache.lucene.queryparser.classic.MultiFieldQueryParser;
import org.apache.lucene.queryparser.classic.ParseException;
import org.apache.lucene.queryparser.classic.QueryParser;
import org.apache.lucene.search.BooleanClause;
import org.apache.lucene.search.BooleanQuery;
import org.apache.lucene.search.FuzzyQuery;
import org.apache.lucene.search.IndexSearcher;
import org.apache.lucene.search.MatchNoDocsQuery;
import org.apache.lucene.search.Query;
import org.apache.lucene.search.TermQuery;
import org.apache.lucene.util.automaton.TooComplexToDeterminizeException;
import org.sitrep.core.InputException;
import org.sitrep.core.LanguageTag;

/**
 * Reads what a reader typed into the search box: Lucene's classic syntax over the given fields, all words required,
 * with fuzzy terms bounded. Read for people rather than for Lucene:
 * <ul>
 * <li>text that is not valid syntax ("RFE/RL", "9/11", "Hama!", an unclosed quote) is searched as the words it holds;
 * <li>a word the analyzer splits ("al-Nusra", "RFE/RL") is a phrase, not its parts in any order;
 * <li>a word or phrase that names a known entity also finds the articles that mention it by another spelling;
 * <li>the fields a reader may name are {@link #FIELDS}; another name followed by a colon is refused with a message.
 * </ul>
 * Not thread-safe: one per search.
 */
final class UserQueryParser extends MultiFieldQueryParser {
    /**
     * Index terms one fuzzy term may stand for (Lucene's default is 50). Fewer keeps the best-scoring spellings and
     * bounds the clauses a query rewrites to: 8 fuzzy terms × 3 fields × 16 = 384, under Lucene's 1,024.
     */
    static final int MAX_EXPANSIONS = 16;
    /** Spellings of one entity that highlighting looks for. */
    private static final int MAX_HIGHLIGHTED_SPELLINGS = 12;

    /** The fields a reader may name, and the index field each searches (null: handled by hand). */
    static final Map<String, String> FIELDS = fields();
    /**
     * A field as readers type one: a lower-case word right before a colon and a value ({@code outlet:sana}), not
     * "Update: Aleppo" or "9:30". Only these are refused when unknown; other colons are read as punctuation.
     */
    private static final Pattern TYPED_FIELD = Pattern.compile("(?<![\\p{L}\\p{N}_\\\\])([a-z_]{2,}):(?=[^\\s:])(?!//)");
    private static final Pattern QUOTED = Pattern.compile("\"[^\"]*\"");
    /** A query of plain words, which as a whole may name an entity ("Islamic State"). */
    private static final Pattern PLAIN_WORDS = Pattern.compile("[\\p{L}\\p{N}'’\\-. ]+");

    private final EntityNames names;
    private final Map<String, NamedEntity> named = new LinkedHashMap<>();

    /** A parsed query; the entities whose other spellings it also finds; whether it was read as plain words. */
    record Parsed(Query query, Query highlight, List<NamedEntity> aliases, boolean asWords) {
    }

    /** @param names the known entities, or {@link EntityNames#NONE} to find only the words as typed */
    UserQueryParser(String[] fields, Analyzer analyzer, Map<String, Float> boosts, EntityNames names) {
        super(fields, analyzer, boosts);
        this.names = names;
        setDefaultOperator(QueryParser.Operator.AND);
        // Words apart at spaces, so that a word the analyzer splits further ("al-Nusra") can be a phrase.
        setSplitOnWhitespace(true);
        setAutoGeneratePhraseQueries(true);
    }

    private static Map<String, String> fields() {
        Map<String, String> m = new LinkedHashMap<>();
        m.put("title", IndexFields.TITLE);
        m.put("text", IndexFields.TEXT);
        m.put("entity", IndexFields.ENTITIES);
        m.put("place", IndexFields.PLACES);
        m.put("speaker", IndexFields.SPEAKERS);
        m.put("outlet", null);
        m.put("language", null);
        m.put("published", null);
        return java.util.Collections.unmodifiableMap(m);
    }

    /**
     * Parses a query, falling back to its words (each required, a run of words joined by punctuation as a phrase)
     * when the syntax does not parse.
     *
     * @throws InputException naming {@code q} when it names a field that does not exist, gives a field a value it
     *     cannot take, or holds a malformed or too complex regular expression
     */
    Parsed read(String text) {
        refuseUnknownFields(text);
        Query query;
        boolean asWords = false;
        try {
            query = parse(text);
        } catch (ParseException e) {
            named.clear();
            query = asWords(text);
            asWords = true;
        } catch (TooComplexToDeterminizeException e) {
            throw new InputException("q", "a regular expression in the query is too complex to run; got: " + text, e);
        } catch (IllegalArgumentException | IndexSearcher.TooManyClauses e) {
            throw new InputException("q", "not a valid query (" + firstLine(e.getMessage()) + "); got: " + text, e);
        }
        query = wholeQueryAsName(query, text);
        return new Parsed(query, highlight(query, text), List.copyOf(named.values()), asWords);
    }

    private static void refuseUnknownFields(String text) {
        Matcher m = TYPED_FIELD.matcher(QUOTED.matcher(text).replaceAll(" "));
        while (m.find()) {
            if (!FIELDS.containsKey(m.group(1)) && !FIELDS.containsValue(m.group(1))) {
                throw new InputException("q", "there is no field \"" + m.group(1) + "\" to search in; the fields are "
                        + String.join(", ", FIELDS.keySet()) + " (e.g. outlet:sana, published:[2016-01-01 TO 2016-03-31]); "
                        + "to search for the words, leave out the colon; got: " + text);
            }
        }
    }

    /** The text with every character of the syntax escaped, so that it parses as the words it holds. */
    private Query asWords(String text) {
        try {
            Query q = parse(QueryParser.escape(text));
            return q == null ? new MatchNoDocsQuery("only stop words") : q;
        } catch (ParseException e) {
            throw new InputException("q", "not a valid query (" + firstLine(e.getMessage()) + "); got: " + text, e);
        }
    }

    /** "Islamic State", typed without quotes, is two words to the parser but one name to the reader. */
    private Query wholeQueryAsName(Query query, String text) {
        String plain = text.strip();
        if (!named.isEmpty() || !plain.contains(" ") || !PLAIN_WORDS.matcher(plain).matches()) {
            return query;
        }
        return expanded(query, plain);
    }

    /** The query, or it or the articles that mention the entity its words name (remembered for the reader). */
    private Query expanded(Query query, String words) {
        if (query == null) {
            return null;
        }
        Optional<NamedEntity> entity = names.named(words);
        if (entity.isEmpty()) {
            return query;
        }
        named.putIfAbsent(entity.get().id(), entity.get());
        return new BooleanQuery.Builder()
                .add(query, BooleanClause.Occur.SHOULD)
                .add(new TermQuery(new Term(IndexFields.filter(Facet.ENTITY), entity.get().id())), BooleanClause.Occur.SHOULD)
                .build();
    }

    /** What highlighting looks for: the query, and the other spellings of the entities it found by name. */
    private Query highlight(Query query, String text) {
        if (named.isEmpty()) {
            return query;
        }
        BooleanQuery.Builder b = new BooleanQuery.Builder().add(query, BooleanClause.Occur.SHOULD);
        for (NamedEntity e : named.values()) {
            for (String spelling : HighlightedSpellings.of(text, e.spellings(), getAnalyzer(), IndexFields.TEXT,
                    MAX_HIGHLIGHTED_SPELLINGS)) {
                for (String field : new String[] {IndexFields.TEXT, IndexFields.TITLE}) {
                    Query phrase = createPhraseQuery(field, spelling);
                    if (phrase != null) {
                        b.add(phrase, BooleanClause.Occur.SHOULD);
                    }
                }
            }
        }
        return b.build();
    }

    @Override
    protected Query getFieldQuery(String field, String queryText, boolean quoted) throws ParseException {
        if (field == null) {
            return expanded(super.getFieldQuery(null, queryText, quoted), queryText);
        }
        return keywordOr(field, queryText, () -> super.getFieldQuery(indexField(field), queryText, quoted));
    }

    @Override
    protected Query getFieldQuery(String field, String queryText, int slop) throws ParseException {
        if (field == null) {
            return expanded(super.getFieldQuery(null, queryText, slop), queryText);
        }
        return keywordOr(field, queryText, () -> super.getFieldQuery(indexField(field), queryText, slop));
    }

    /** Work that may fail to parse. */
    @FunctionalInterface
    private interface Parse {
        Query get() throws ParseException;
    }

    /** A query on one of the fields that take a whole value (outlet, language, published), or else {@code text}. */
    private static Query keywordOr(String field, String value, Parse text) throws ParseException {
        return switch (field) {
            case "outlet" -> new TermQuery(new Term(IndexFields.OUTLET_KEY, value.strip().toLowerCase(Locale.ROOT)));
            case "language" -> new TermQuery(new Term(IndexFields.LANGUAGE, LanguageTag.primary(value)));
            case "published" -> {
                Days days = Days.of(value, value);
                yield LongPoint.newRangeQuery(IndexFields.DAY, days.first(), days.last());
            }
            default -> text.get();
        };
    }

    @Override
    protected Query getRangeQuery(String field, String part1, String part2, boolean startInclusive, boolean endInclusive)
            throws ParseException {
        if ("published".equals(field)) {
            Days days = Days.of(part1, part2);
            long first = part1 == null ? Long.MIN_VALUE : startInclusive ? days.first() : days.first() + 1;
            long last = part2 == null ? Long.MAX_VALUE : endInclusive ? days.last() : days.last() - 1;
            return LongPoint.newRangeQuery(IndexFields.DAY, first, last);
        }
        return super.getRangeQuery(field == null ? null : patternField(field, part1 + " TO " + part2), part1, part2,
                startInclusive, endInclusive);
    }

    @Override
    protected Query getPrefixQuery(String field, String termStr) throws ParseException {
        return super.getPrefixQuery(field == null ? null : patternField(field, termStr + "*"), termStr);
    }

    @Override
    protected Query getWildcardQuery(String field, String termStr) throws ParseException {
        return super.getWildcardQuery(field == null ? null : patternField(field, termStr), termStr);
    }

    @Override
    protected Query getRegexpQuery(String field, String termStr) throws ParseException {
        return super.getRegexpQuery(field == null ? null : patternField(field, "/" + termStr + "/"), termStr);
    }

    @Override
    protected Query getFuzzyQuery(String field, String termStr, float minSimilarity) throws ParseException {
        return super.getFuzzyQuery(field == null ? null : patternField(field, termStr + "~"), termStr, minSimilarity);
    }

    /** The index field of a text field the reader named; a field that is no field makes the text plain words. */
    private String indexField(String field) throws ParseException {
        if (FIELDS.containsValue(field)) {
            return field;
        }
        String mapped = FIELDS.get(field);
        if (mapped == null) {
            throw new ParseException("no field " + field);
        }
        return mapped;
    }

    /** The index field a pattern (fuzzy, wildcard, range) searches; outlet, language and published take none. */
    private String patternField(String field, String pattern) throws ParseException {
        if (FIELDS.containsKey(field) && FIELDS.get(field) == null) {
            throw new InputException("q", field + ": takes a whole value, not a pattern or range of words; got: "
                    + field + ":" + pattern);
        }
        return indexField(field);
    }

    /**
     * A fuzzy term with at most as many edits as its length warrants (none up to 2 characters, 1 up to 5, then 2, as
     * Elasticsearch's AUTO): {@code the~2} would otherwise match nearly every short word in the index.
     */
    @Override
    protected Query newFuzzyQuery(Term term, float minimumSimilarity, int prefixLength) {
        int length = term.text().codePointCount(0, term.text().length());
        int edits = Math.min(FuzzyQuery.floatToEdits(minimumSimilarity, length), length <= 2 ? 0 : length <= 5 ? 1 : 2);
        return new FuzzyQuery(term, edits, prefixLength, MAX_EXPANSIONS, FuzzyQuery.defaultTranspositions);
    }

    private static String firstLine(String message) {
        return message == null ? "syntax error" : message.lines().findFirst().orElse("syntax error");
    }

    /**
     * The days from the start of one date to the end of another, in epoch days, as {@code published:} takes them: a
     * day (2016-03-05), a month (2016-03) or a year (2016); {@code null} for an open end.
     */
    record Days(long first, long last) {
        static Days of(String from, String to) {
            long first = from == null ? Long.MIN_VALUE : parse(from, true);
            long last = to == null ? Long.MAX_VALUE : parse(to, false);
            return new Days(first, last);
        }

        private static long parse(String value, boolean start) {
            String v = value.strip();
            try {
                if (v.matches("\\d{4}")) {
                    LocalDate jan1 = LocalDate.of(Integer.parseInt(v), 1, 1);
                    return (start ? jan1 : jan1.plusYears(1).minusDays(1)).toEpochDay();
                }
                if (v.matches("\\d{4}-\\d{2}")) {
                    YearMonth month = YearMonth.parse(v);
                    return (start ? month.atDay(1) : month.atEndOfMonth()).toEpochDay();
                }
                return LocalDate.parse(v).toEpochDay();
            } catch (DateTimeParseException | NumberFormatException e) {
                throw new InputException("q", "published: takes a day (2016-03-05), a month (2016-03) or a year (2016), "
                        + "or a range of them (published:[2016-01-01 TO 2016-03-31]); got: " + value);
            }
        }
    }
}
