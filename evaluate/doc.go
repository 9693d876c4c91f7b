// Package evaluate holds the model of a mass democratic evaluation round
// (群众评议 / 民主测评) and the reference scoring semantics.
//
// # The model
//
// A [Round] is a roster of targets, complaint-ledger entries and component
// score sheets (such as competency-test results). Ballots are not held in the
// round: they stream through a [Tally], one [Ballot] at a time, which decides
// whether each ballot is valid and keeps only the per-target, per-dimension,
// per-group histograms that scoring needs, so memory does not grow with the
// number of ballots.
//
// [Score] turns a round and a tally into a [Result]: group means, weighted
// dimension scores, the ballot score, composites, complaint deductions,
// vetoes, ranks within categories, the bottom list, joint liability and
// awards. Every weight, threshold and count comes from [Rules]; the engine
// hard-codes none of them.
//
// # Formulas
//
// With V the valid ballots and p(r) the points of a rating:
//
//	m(t,d,g) = mean of p(r) over ratings of (t,d) by group g (trimmed if configured)
//	S(t,d)   = Σ w_g·m(t,d,g) / Σ w_g over the groups that rated (t,d)
//	B(t)     = Σ v_d·S(t,d) / Σ v_d over the dimensions rated
//	C(t)     = Σ u_c·X_c(t) over components
//	D(t)     = min(cap, k·points)           fixed mode
//	D(t)     = C(t)·min(cap, k·rate)        proportional mode
//	F(t)     = C(t) − D(t)
//
// Ranks are competition ranks (1, 2, 2, 4) within a category, comparing F
// rounded to four decimals and breaking ties by the rules' tie-break order.
//
// # Around the score
//
// A ballot's validity (票号, group, levels, configurable limits and quotas,
// double entries) is decided as it streams through the tally, and every
// invalid ballot keeps its [Problem]s. A 票号 read again is the same paper
// keyed again: counted once when alike, and otherwise invalid whichever
// keying came first ([Outcome], [Tally.Retract]). Beside the tally, a
// [Screen] collects the comments and flags suspicious ballots ([Anomaly]),
// with the groups' [Agreement]; [CompareKeyings] compares two keyings of
// one stack cell by cell. Issued counts give return rates and
// quorums. [Result.ApplyPrevious] compares a round with the previous one's
// published results ([Published]) and applies the escalation rules. The
// built-in rule sets, one per seed system, are [Preset]s.
//
// Package evaluate does no I/O: package ingest builds its inputs from
// workbooks and package report writes its results.
package evaluate
