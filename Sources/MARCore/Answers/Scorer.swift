/// Scores an answer against the engine's coding and explains every discrepancy.
public enum Scorer {
    public static func assess(_ answer: Answer, against coding: Coding) -> Assessment {
        // Scaffolding: the explaining scorer lands with the engine.
        let expected = coding.answer
        return Assessment(score: answer == expected ? 1 : 0, expected: expected, answered: answer,
                          discrepancies: [], confirmations: [])
    }
}
