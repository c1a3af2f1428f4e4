@testable import MARCore
import Testing

/// The engine words its explanations as `Sentence`s: each must read exactly as the same interpolation into a
/// `String` (the trainer, the JSON and the class report show these bytes).
@Suite struct SentenceTests {
    @Test(arguments: [0, 7, -7, 10, 99, 100, -100, 1_000_000, Int.max, Int.min])
    func numbersReadAsInAString(_ n: Int) {
        let s: Sentence = "\(n) min"
        #expect(s.text == "\(n) min")
    }

    @Test func piecesOfEveryKindReadAsInAString() {
        let name = "ceftriaxone 1 g IVPB", short = "nacl", accented = "décimal – ≥ 31"
        let ruled = RuleID.pushMax15
        let s: Sentence = "\(name) at \(short): \(accented) (\(ruled.rawValue)), \(3.5) mL, \(Department.OBS)"
        #expect(s.text == "\(name) at \(short): \(accented) (\(ruled.rawValue)), \(3.5) mL, \(Department.OBS)")
        let literal: Sentence = "flushes are included"
        #expect(literal.text == "flushes are included")
        let empty: Sentence = ""
        #expect(empty.text.isEmpty)
    }

    @Test func timesReadAsClockAndChart() {
        // Boundaries of every field: midnight, the last minute of a day, the first and last of a year.
        let instants = [
            Instant(year: 2026, month: 1, day: 4, hour: 0, minute: 0),
            Instant(year: 2026, month: 1, day: 4, hour: 23, minute: 59),
            Instant(year: 2026, month: 12, day: 31, hour: 9, minute: 5),
            Instant(year: 2027, month: 1, day: 1, hour: 12, minute: 30),
            // Before 1970: minutes below zero, the day found by flooring.
            Instant(year: 1969, month: 12, day: 31, hour: 23, minute: 59),
            Instant(year: 1969, month: 12, day: 31, hour: 0, minute: 1),
        ]
        for i in instants {
            let clock: Sentence = "at \(TimeWords(i, withDate: false))."
            let chart: Sentence = "at \(TimeWords(i, withDate: true))."
            #expect(clock.text == "at \(i.clock).")
            #expect(chart.text == "at \(i.chart).")
            #expect(TimeWords(i, withDate: true).description == i.chart)
            #expect(TimeWords(i, withDate: false).description == i.clock)
        }
    }

    @Test func joinedSentencesReadAsJoinedStrings() {
        let name = "metoclopramide"
        let joined: Sentence = "\(name) push at 10:00 " + "came 12 min after " + "the last (\(30) or less)"
        #expect(joined.text == "\(name) push at 10:00 came 12 min after the last (30 or less)")
        // A literal first, and a sentence joined twice: the shared one must not change under the other.
        let shared: Sentence = "\(name) ran"
        let a = shared + " 15 min", b = shared + " 16 min"
        #expect(shared.text == "metoclopramide ran")
        #expect(a.text == "metoclopramide ran 15 min" && b.text == "metoclopramide ran 16 min")
        let literalFirst: Sentence = "only " + "\(name)"
        #expect(literalFirst.text == "only metoclopramide")
    }

    @Test func sentencesLongerThanTheirFirstBufferGrow() {
        // Interpolated pieces far beyond the two dozen bytes each that the first buffer allows for.
        let long = String(repeating: "bag ", count: 200)
        let s: Sentence = "\(long)\(long)|\(long)"
        #expect(s.text == "\(long)\(long)|\(long)")
        var chain: Sentence = "start"
        for k in 0..<50 { chain = chain + " \(k) \(long)" }
        var expected = "start"
        for k in 0..<50 { expected += " \(k) \(long)" }
        #expect(chain.text == expected)
    }

    @Test func sentencesInsideSentencesAndStrings() {
        let inner: Sentence = "\(45) min"
        let outer: Sentence = "ran \(inner)"
        #expect(outer.text == "ran 45 min")
        #expect("ran \(inner)" == "ran 45 min")   // as a `String` interpolation: its text, not its structure
    }
}

/// The engine's output keeps its sentences; each reads, compares and hashes by its bytes however it was made.
@Suite struct SentenceValueTests {
    @Test func theSameWordsAreEqualHoweverMade() {
        let minutes = 15
        let made: [Sentence] = ["ran 15 min", Sentence("ran 15 min" as String), "ran \(minutes) min", "ran " + "15 min"]
        for s in made {
            #expect(s == made[0] && s.text == "ran 15 min" && !s.isEmpty)
        }
        #expect(Set(made).count == 1)
        #expect(made[0] != "ran 16 min" && made[0] != "ran 15 mi")
    }

    @Test func emptyAndOneScalarSentences() {
        // A one-scalar literal may reach the sentence as a value rather than as bytes in the binary.
        let a: Sentence = "a", dash: Sentence = "–", none: Sentence = ""
        #expect(a.text == "a" && dash.text == "–")
        #expect(none.isEmpty && Sentence("" as String).isEmpty && none == Sentence("" as String))
    }

    @Test func outputTextReadsAndWritesAsStrings() {
        var e = Emission(code: "96365", rules: [.infMin16], reason: "ran 45 min")
        #expect(e.reason == "ran 45 min" && e.reasonSentence == "ran 45 min")
        e.reason += "; 59"
        #expect(e.reasonSentence.text == "ran 45 min; 59")
        let written = Firing(.pushMax15, "ran \(15) min" as Sentence)
        #expect(written == Firing(.pushMax15, "ran 15 min" as String) && written.message == "ran 15 min")
        var r = RuledOut(code: "96375", rule: .repeatPush30, reasonSentence: "came \(12) min after")
        #expect(r.reason == "came 12 min after")
        r.reason = "no charge"
        #expect(r == RuledOut(code: "96375", rule: .repeatPush30, reason: "no charge"))
    }
}

/// Sentences are written into each thread's pages of sentences: every one must keep its bytes whatever is written
/// after it, on any thread, across pages, and whichever way it was joined.
@Suite struct SentencePageTests {
    @Test func thousandsOfSentencesAcrossPagesKeepTheirBytes() {
        // About a hundred pages' worth, every one kept and read back after all were written.
        let kept: [Sentence] = (0..<4_000).map { "administration \($0) ran \($0 % 97) min on access \($0 % 3)" }
        for (i, s) in kept.enumerated() {
            #expect(s.text == "administration \(i) ran \(i % 97) min on access \(i % 3)")
        }
    }

    @Test(arguments: [255, 256, 257, 4_000, 9_000])
    func sentencesAroundTheStackAndPageSizes(_ length: Int) {
        // The stack holds 256 bytes, a page about 4,000: one byte either side of each, and beyond.
        let body = String(repeating: "x", count: length - 2)
        let s: Sentence = "<\(body)>"
        #expect(s.text == "<\(body)>")
        let joined = s + " and more"
        #expect(joined.text == "<\(body)> and more" && s.text == "<\(body)>")
    }

    @Test func joiningNeverChangesAPieceAnotherSentenceHolds() {
        let shared: Sentence = "\("ondansetron") push"
        let later: Sentence = " at \(21):05"          // written right after `shared`: joined without a copy
        let a = shared + later, b = shared + " 16 min", c = shared + later + " (repeat)"
        #expect(a.text == "ondansetron push at 21:05" && b.text == "ondansetron push 16 min")
        #expect(c.text == "ondansetron push at 21:05 (repeat)")
        #expect(shared.text == "ondansetron push" && later.text == " at 21:05")
        #expect(("" as Sentence) + shared == shared && shared + "" == shared)
    }

    @Test func sentencesWrittenOnManyThreadsAtOnce() async {
        // Each thread writes into its own page; every sentence is read on another thread afterwards.
        let made = await withTaskGroup(of: [Sentence].self) { group in
            for t in 0..<8 {
                group.addTask { (0..<2_000).map { i in "thread \(t) sentence \(i)" + " joined" } }
            }
            var all: [[Sentence]] = []
            for await batch in group { all.append(batch) }
            return all
        }
        #expect(made.count == 8)
        for batch in made {
            let t = batch[0].text.split(separator: " ")[1]
            for (i, s) in batch.enumerated() { #expect(s.text == "thread \(t) sentence \(i) joined") }
        }
    }
}

/// A run records each (rule, message) firing once, whether the message came as a sentence or as a `String`.
@Suite struct FiringOnceTests {
    @Test func aRepeatedMessageIsRecordedOnce() {
        let trace = Trace(explain: true)
        for minutes in [15, 16, 15] {
            trace.fire(.pushMax15, "ondansetron ran \(minutes) min")
        }
        trace.fire(.pushMax15, Sentence("ondansetron ran 15 min" as String))
        trace.fire(.infMin16, "ondansetron ran 15 min")   // same words, another rule: its own firing
        #expect(trace.firings.map(\.message)
                == ["ondansetron ran 15 min", "ondansetron ran 16 min", "ondansetron ran 15 min"])
        #expect(trace.firings.map(\.rule) == [.pushMax15, .pushMax15, .infMin16])
    }

    @Test func aDecideOnlyRunKeepsOneFiringPerRuleAndNoWords() {
        let trace = Trace(explain: false)
        trace.fire(.pushMax15, "ondansetron ran \(15) min")
        trace.fire(.pushMax15, "ondansetron ran \(16) min")
        #expect(trace.firings.count == 1 && trace.firings[0].message.isEmpty)
    }
}
