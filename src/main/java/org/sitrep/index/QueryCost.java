package org.sitrep.index;

import java.util.HashMap;
import java.util.Map;
import java.util.function.Supplier;
import org.apache.lucene.index.Term;
import org.apache.lucene.search.Query;
import org.apache.lucene.search.QueryVisitor;
import org.apache.lucene.util.automaton.ByteRunAutomaton;
import org.sitrep.core.InputException;

/**
 * What a parsed query asks of the index, counted before it runs: its clauses (words, phrases, ranges) and among them
 * its expensive terms (fuzzy {@code word~}, wildcard {@code wo*d}, prefix {@code wor*}, regular expression
 * {@code /wo.d/} and text ranges), which each walk the term dictionary and may expand to many terms.
 *
 * <p>Counts are per field and the highest field's count is what is checked, so a word the parser searches in headline,
 * text and entity names at once counts once, as the reader typed it.
 */
final class QueryCost extends QueryVisitor {
    /**
     * Fuzzy, wildcard and regular-expression terms a query may hold. Eight fuzzy terms, each expanded to at most
     * {@link UserQueryParser#MAX_EXPANSIONS} terms in three fields, take 0.1 to 0.4 s on the demo corpus (564
     * articles); 16 or more ended in a 500 and 64 took seconds (issue 14). Eight is more than a reader types by hand.
     */
    static final int MAX_EXPENSIVE_TERMS = 8;
    /**
     * Clauses a query may hold. Each becomes three (one per field searched), and expensive terms expand further, so 64
     * stays well under Lucene's limit of 1,024 clauses in all ({@code IndexSearcher.getMaxClauseCount}), which when
     * crossed failed the request; a pasted paragraph of 64 words is still a query.
     */
    static final int MAX_CLAUSES = 64;

    private final Map<String, Integer> clauses = new HashMap<>();
    private final Map<String, Integer> expensive = new HashMap<>();

    private QueryCost() {
    }

    /**
     * Checks that a parsed query stays within the limits and returns how many expensive terms it holds.
     *
     * @param text what the reader typed, for the message
     * @throws InputException naming {@code q}, the limit and the count when it does not
     */
    static int check(Query query, String text) {
        QueryCost cost = new QueryCost();
        query.visit(cost);
        int expensiveTerms = highest(cost.expensive);
        if (expensiveTerms > MAX_EXPENSIVE_TERMS) {
            throw new InputException("q", "at most " + MAX_EXPENSIVE_TERMS + " fuzzy (word~), wildcard (wo*d) or "
                    + "regular-expression (/wo.d/) terms in one search; got: " + expensiveTerms + " in " + shortened(text));
        }
        int all = highest(cost.clauses);
        if (all > MAX_CLAUSES) {
            throw new InputException("q", "at most " + MAX_CLAUSES + " words, phrases and terms in one search; got: "
                    + all + " in " + shortened(text));
        }
        return expensiveTerms;
    }

    private static int highest(Map<String, Integer> perField) {
        return perField.values().stream().mapToInt(Integer::intValue).max().orElse(0);
    }

    private static String shortened(String text) {
        return text.length() <= 80 ? "\"" + text + "\"" : "\"" + text.substring(0, 80) + "…\"";
    }

    @Override
    public void consumeTerms(Query query, Term... terms) {
        clauses.merge(terms.length == 0 ? "" : terms[0].field(), 1, Integer::sum);
    }

    @Override
    public void consumeTermsMatching(Query query, String field, Supplier<ByteRunAutomaton> automaton) {
        clauses.merge(field, 1, Integer::sum);
        expensive.merge(field, 1, Integer::sum);
    }

    @Override
    public void visitLeaf(Query query) {
        clauses.merge("", 1, Integer::sum);
    }
}
