import MARCore
import MARGenerator

/// How an exam is set: `marcoach exam [--count N] [--minutes M] [--seed S] [--topics T,…] [--difficulty N] [--pass P]`.
public struct ExamOptions: Sendable {
    public var count: Int
    /// The time limit in minutes; nil means 2 minutes per scenario.
    public var minutes: Int?
    public var seed: UInt64
    /// Rule IDs or topic tags; a scenario matches when its topics or the engine's fired rules hold one.
    public var topics: [String]
    public var difficulty: Int?
    /// Pass mark, 0…1 (default 0.7).
    public var passMark: Double

    public init(count: Int = 10, minutes: Int? = nil, seed: UInt64 = 1, topics: [String] = [], difficulty: Int? = nil,
                passMark: Double = 0.7) {
        self.count = count
        self.minutes = minutes
        self.seed = seed
        self.topics = topics
        self.difficulty = difficulty
        self.passMark = passMark
    }

    public var limitMinutes: Int { minutes ?? 2 * count }
}

/// Draws an exam's scenarios reproducibly (SplitMix64), spread across modules and difficulties.
public enum ExamDraw {
    /// Scenarios that match the filters, then a round-robin over the modules (in a seeded order), taking
    /// from each module the scenario whose difficulty is least represented so far (seeded ties).
    public static func draw(curriculum: Curriculum, options: ExamOptions,
                            coder: (Scenario) -> Coding = { Engine.code($0) }) -> [Scenario] {
        var rng = SplitMix64(seed: options.seed)
        let wanted = Set(options.topics.map { $0.uppercased() })
        let candidates = curriculum.scenarios.filter { s in
            if let d = options.difficulty, s.difficulty != d { return false }
            if wanted.isEmpty { return true }
            if s.topics.contains(where: { wanted.contains($0.uppercased()) }) { return true }
            return coder(s).rulesFired.contains { wanted.contains($0.rawValue) }
        }
        // Buckets by module (scenarios no module lists form their own bucket), each shuffled.
        var buckets: [[Scenario]] = []
        var placed = Set<String>()
        for m in curriculum.modules {
            let xs = m.scenarioIDs.compactMap { id in candidates.first { $0.id == id } }.filter { !placed.contains($0.id) }
            xs.forEach { placed.insert($0.id) }
            if !xs.isEmpty { buckets.append(rng.shuffled(xs)) }
        }
        let rest = candidates.filter { !placed.contains($0.id) }
        if !rest.isEmpty { buckets.append(rng.shuffled(rest)) }
        buckets = rng.shuffled(buckets)
        var out: [Scenario] = []
        var byDifficulty: [Int: Int] = [:]
        while out.count < options.count, buckets.contains(where: { !$0.isEmpty }) {
            for b in buckets.indices where out.count < options.count && !buckets[b].isEmpty {
                let i = buckets[b].indices.min { byDifficulty[buckets[b][$0].difficulty, default: 0] < byDifficulty[buckets[b][$1].difficulty, default: 0] }!
                let s = buckets[b].remove(at: i)
                byDifficulty[s.difficulty, default: 0] += 1
                out.append(s)
            }
        }
        return out
    }
}
