import MARCore
import MARGenerator

/// How an exam is set: `marcoach exam [--count N] [--minutes M] [--seed S] [--modules M,…] [--topics T,…]
/// [--difficulty N|N-M] [--pass P]`.
public struct ExamOptions: Sendable {
    public var count: Int
    /// The time limit in minutes; nil means 2 minutes per scenario.
    public var minutes: Int?
    /// The draw's seed: the same seed and options give the same exam.
    public var seed: UInt64
    /// Rule IDs or topic tags; a scenario matches when its topics or the engine's fired rules hold one.
    public var topics: [String]
    /// Modules by number or id (`CourseMap.module(named:)`); empty means every module.
    public var modules: [String]
    /// Only scenarios whose difficulty lies in this range.
    public var difficulty: ClosedRange<Int>?
    /// Pass mark, 0…1 (default 0.7).
    public var passMark: Double

    public init(count: Int = 10, minutes: Int? = nil, seed: UInt64 = 1, topics: [String] = [], modules: [String] = [],
                difficulty: ClosedRange<Int>? = nil, passMark: Double = 0.7) {
        self.count = count
        self.minutes = minutes
        self.seed = seed
        self.topics = topics
        self.modules = modules
        self.difficulty = difficulty
        self.passMark = passMark
    }

    public var limitMinutes: Int { minutes ?? 2 * count }

    /// A new seed for an exam taken without `--seed`: short enough to type when retaking it.
    public static func freshSeed() -> UInt64 { UInt64.random(in: 1...999_999) }

    /// `3` → 3...3, `2-4` → 2...4; nil when not a difficulty (1–5) or a range of them.
    public static func difficulty(_ text: String) -> ClosedRange<Int>? {
        let parts = text.split(separator: "-", omittingEmptySubsequences: false).map { Int(String($0).trimmedSpace) }
        guard (1...2).contains(parts.count), let low = parts.first ?? nil, let high = parts.last ?? nil,
              (1...5).contains(low), (1...5).contains(high), low <= high else { return nil }
        return low...high
    }
}

/// Draws an exam's scenarios reproducibly (SplitMix64), spread across modules and difficulties.
public enum ExamDraw {
    /// Scenarios that match the filters (modules, difficulty, topics), then a round-robin over the modules
    /// (in a seeded order), taking from each module the scenario whose difficulty is least represented so
    /// far (seeded ties): so no module gives more than one item more than another while it has some left.
    /// Chosen from the scenarios' outlines, so that only the drawn scenarios are loaded from a lazy source (and
    /// those whose fired rules a rule-ID topic asks about). A drawn scenario that cannot be loaded is left out and
    /// the exam drawn again without it, from the same seed.
    public static func draw(curriculum: Curriculum, options: ExamOptions,
                            coder: (Scenario) -> Coding = { Engine.code($0) }) -> [Scenario] {
        var unusable = Set<String>()
        while true {
            let picked = pick(curriculum: curriculum, options: options, coder: coder, unusable: &unusable)
            var scenarios: [Scenario] = []
            for outline in picked {
                if let s = curriculum.scenario(outline.id) { scenarios.append(s) } else { unusable.insert(outline.id) }
            }
            if scenarios.count == picked.count { return scenarios }
        }
    }

    private static func pick(curriculum: Curriculum, options: ExamOptions, coder: (Scenario) -> Coding,
                             unusable: inout Set<String>) -> [ScenarioOutline] {
        var rng = SplitMix64(seed: options.seed)
        let wanted = Set(options.topics.map { $0.uppercased() })
        let map = CourseMap(curriculum)
        let inModules: Set<String>? = options.modules.isEmpty ? nil
            : Set(options.modules.compactMap { map.module(named: $0)?.module.scenarioIDs }.flatMap { $0 })
        var candidates: [ScenarioOutline] = []
        for s in curriculum.scenarioOutlines where !unusable.contains(s.id) {
            if let allowed = inModules, !allowed.contains(s.id) { continue }
            if let d = options.difficulty, !d.contains(s.difficulty) { continue }
            if !wanted.isEmpty && !s.topics.contains(where: { wanted.contains($0.uppercased()) }) {
                // A rule ID among the topics: the engine says which rules the scenario exercises.
                guard let scenario = curriculum.scenario(s.id) else {
                    unusable.insert(s.id)
                    continue
                }
                guard coder(scenario).rulesFired.contains(where: { wanted.contains($0.rawValue) }) else { continue }
            }
            candidates.append(s)
        }
        // Buckets by module (scenarios no module lists form their own bucket), each shuffled.
        var buckets: [[ScenarioOutline]] = []
        var placed = Set<String>()
        for m in curriculum.modules {
            let xs = m.scenarioIDs.compactMap { id in candidates.first { $0.id == id } }.filter { !placed.contains($0.id) }
            xs.forEach { placed.insert($0.id) }
            if !xs.isEmpty { buckets.append(rng.shuffled(xs)) }
        }
        let rest = candidates.filter { !placed.contains($0.id) }
        if !rest.isEmpty { buckets.append(rng.shuffled(rest)) }
        buckets = rng.shuffled(buckets)
        var out: [ScenarioOutline] = []
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
