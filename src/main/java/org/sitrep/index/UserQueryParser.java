package org.sitrep.index;

import java.util.Map;
import org.apache.lucene.analysis.Analyzer;
import org.apache.lucene.index.Term;
import org.apache.lucene.queryparser.classic.MultiFieldQueryParser;
import org.apache.lucene.queryparser.classic.ParseException;
import org.apache.lucene.queryparser.classic.QueryParser;
import org.apache.lucene.search.FuzzyQuery;
import org.apache.lucene.search.IndexSearcher;
import org.apache.lucene.search.Query;
import org.apache.lucene.util.automaton.TooComplexToDeterminizeException;
import org.sitrep.core.InputException;

/**
 * Reads what a reader typed into the search box: Lucene's classic syntax over the given fields, all words required,
 * with fuzzy terms bounded; text that is not valid syntax ("RFE/RL", "9/11", "Hama!") is searched as the words it
 * holds. Not thread-safe: one per search.
 */
final class UserQueryParser extends MultiFieldQueryParser {
    /**
     * Index terms one fuzzy term may stand for (Lucene's default is 50). Fewer keeps the best-scoring spellings and
     * bounds the clauses a query rewrites to: 8 fuzzy terms × 3 fields × 16 = 384, under Lucene's 1,024.
     */
    static final int MAX_EXPANSIONS = 16;

    /** A parsed query, and whether it was read as plain words because its syntax did not parse. */
    record Parsed(Query query, boolean asWords) {
    }

    UserQueryParser(String[] fields, Analyzer analyzer, Map<String, Float> boosts) {
        super(fields, analyzer, boosts);
        setDefaultOperator(QueryParser.Operator.AND);
    }

    /**
     * Parses a query, falling back to its words (each required, a run of words joined by punctuation as a phrase)
     * when the syntax does not parse.
     *
     * @throws InputException naming {@code q} when a regular expression in it is malformed or too complex
     */
    Parsed read(String text) {
        try {
            return new Parsed(parse(text), false);
        } catch (ParseException e) {
            return new Parsed(asWords(text), true);
        } catch (TooComplexToDeterminizeException e) {
            throw new InputException("q", "a regular expression in the query is too complex to run; got: " + text, e);
        } catch (IllegalArgumentException | IndexSearcher.TooManyClauses e) {
            throw new InputException("q", "not a valid query (" + firstLine(e.getMessage()) + "); got: " + text, e);
        }
    }

    /** Called once per parser, after the syntax failed: the parser's settings are changed for good. */
    private Query asWords(String text) {
        // Words split at spaces, and a word the analyzer splits further ("RFE/RL") searched as a phrase.
        setSplitOnWhitespace(true);
        setAutoGeneratePhraseQueries(true);
        try {
            return parse(QueryParser.escape(text));
        } catch (ParseException e) {
            throw new InputException("q", "not a valid query (" + firstLine(e.getMessage()) + "); got: " + text, e);
        }
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
}
