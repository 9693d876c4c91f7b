package sample

import (
	"fmt"
	"math/rand/v2"
	"time"
)

// The anomalies round: the layouts roster rated online and on paper, with
// three things planted for the anomaly checks to find ([AnomaliesPlanted]):
//
//   - in the 问卷星 export, a burst: AnomalyBurst submissions, identical,
//     from one address within a minute;
//   - a clerk's file in which AnomalyStraight of the ballots give all 12
//     targets 满意, in a row;
//   - 企业代表, whose 12 online ballots rank the targets in reverse: they
//     rate the strong weak and the weak strong.
//
// The other submissions come minutes apart from addresses of their own,
// and the other ballots are drawn around each target's expected score.

// AnomaliesPlanted says what the anomalies round holds.
type AnomaliesPlanted struct {
	// Burst are the 序号 of the burst's submissions, BurstIP their address.
	Burst   []string
	BurstIP string
	// Straight are the 票号 of the clerk file's straight-lined ballots, of
	// ClerkBallots in that file.
	Straight     []string
	ClerkBallots int
	// Reversed is the group that ranks the targets in reverse.
	Reversed string
}

const (
	anomalyBurst    = 4
	anomalyStraight = 20
	anomalyClerkOK  = 4
)

// anomalyMu is each target's expected score in the anomalies round (the
// layouts roster, without its hand-worked planting).
var anomalyMu = []float64{86, 80, 45, 83, 89, 50, 70, 74, 78, 92, 65, 81}

// anomalyBallots draws the online ballots: 12 per group, 企业代表's reversed.
func anomalyBallots(r *rand.Rand) []layoutBallot {
	var out []layoutBallot
	for gi, g := range chibiPanel {
		for k := range 12 {
			b := layoutBallot{id: fmt.Sprintf("W%d%02d", gi+1, k+1), group: g.name, ratings: blankRatings(1)}
			lenient := g.lean + r.NormFloat64()*3
			for ti := range layoutTargets {
				mu := anomalyMu[ti]
				if g.name == GroupEnterprise {
					mu = 140 - mu // the strong rated weak, the weak strong
				}
				b.ratings[ti][0] = drawLevel(r, mu+lenient)
			}
			out = append(out, b)
		}
	}
	// Submissions come in mixed order, as people scan the QR code.
	r.Shuffle(len(out), func(i, j int) { out[i], out[j] = out[j], out[i] })
	return out
}

// anomalyFiles writes the anomalies round: the round workbook without
// ballots, the 问卷星 export with the burst and the clerk's file.
func anomalyFiles(seed uint64) ([]LayoutFile, AnomaliesPlanted) {
	r := newRand(seed, streamLayoutAnomalies)
	online := anomalyBallots(r)
	metas, comments := surveyExtras(r, len(online)+anomalyBurst)
	planted := AnomaliesPlanted{BurstIP: "36.112.7.45", ClerkBallots: anomalyStraight + anomalyClerkOK, Reversed: GroupEnterprise}
	// The burst: identical submissions of one pattern, 10 to 20 seconds
	// apart, from one address, after the 30th submission.
	burst := layoutBallot{group: GroupPublic, ratings: blankRatings(1)}
	for ti := range layoutTargets {
		burst.ratings[ti][0] = []string{LevelSatisfied, LevelBasic}[ti%2]
	}
	burst.ratings[2][0] = LevelDissatisfied
	var ballots []layoutBallot
	var burstMetas []surveyMeta
	at := metas[29].submitted
	for i := range online {
		ballots = append(ballots, online[i])
		if i == 29 {
			for k := range anomalyBurst {
				at = at.Add(time.Duration(10+r.IntN(10)) * time.Second)
				ballots = append(ballots, burst)
				burstMetas = append(burstMetas, surveyMeta{submitted: at, seconds: 20 + r.IntN(10), channel: "链接", ip: planted.BurstIP, place: "北京-北京"})
				planted.Burst = append(planted.Burst, fmt.Sprint(31+k))
			}
		}
	}
	// The metadata in submission order: the burst's after the 30th; every
	// later submission minutes after the burst.
	allMetas := append(append(append([]surveyMeta{}, metas[:30]...), burstMetas...), metas[30:len(online)]...)
	for i := 30 + anomalyBurst; i < len(allMetas); i++ {
		allMetas[i].submitted = allMetas[i].submitted.Add(2 * time.Minute)
	}
	export := wjxSheet(ballots, 1, false, allMetas, comments)

	// The clerk: a few ballots as drawn, then 20 giving everyone 满意.
	var clerk []layoutBallot
	for k := range anomalyClerkOK {
		b := online[k]
		b.id = fmt.Sprintf("C%03d", k+1)
		clerk = append(clerk, b)
	}
	for k := range anomalyStraight {
		b := layoutBallot{id: fmt.Sprintf("C%03d", anomalyClerkOK+k+1), group: chibiPanel[k%len(chibiPanel)].name, ratings: blankRatings(1)}
		for ti := range layoutTargets {
			b.ratings[ti][0] = LevelSatisfied
		}
		clerk = append(clerk, b)
		planted.Straight = append(planted.Straight, b.id)
	}
	return []LayoutFile{
		{Path: "one/anomalies/round.xlsx", Sheets: roundSheets()},
		{Path: "one/anomalies/wjx.xlsx", Sheets: []Sheet{export}},
		{Path: "one/anomalies/clerk.xlsx", Sheets: []Sheet{wideSheet(SheetBallots, clerk, 1, idHead)}},
	}, planted
}

// Anomalies describes what the anomalies round of seed holds.
func Anomalies(seed uint64) AnomaliesPlanted {
	_, planted := anomalyFiles(seed)
	return planted
}
