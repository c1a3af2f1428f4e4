/// Believable MAR lines per class and route. The generator keeps only the drugs the formulary lists
/// (when it has any), so drug keys and classes agree with `Curriculum/formulary.yaml`.
struct Med: Sendable {
    var drug: String
    var med: String
    var cls: String
    /// Bag volume for infusions (lets the MAR show it; no rate, so stops always come from the chart).
    var volume: String? = nil
}

enum DrugTables {
    static let pushes: [Med] = [
        Med(drug: "ondansetron", med: "ondansetron 4 mg/2 mL injection", cls: "therapeutic"),
        Med(drug: "metoclopramide", med: "metoclopramide 10 mg/2 mL injection", cls: "therapeutic"),
        Med(drug: "ketorolac", med: "ketorolac 15 mg/mL injection", cls: "therapeutic"),
        Med(drug: "morphine", med: "morphine 4 mg/mL injection", cls: "therapeutic"),
        Med(drug: "hydromorphone", med: "hydromorphone 1 mg/mL injection", cls: "therapeutic"),
        Med(drug: "prochlorperazine", med: "prochlorperazine 10 mg/2 mL injection", cls: "therapeutic"),
        Med(drug: "diphenhydramine", med: "diphenhydramine 25 mg/mL injection", cls: "therapeutic"),
        Med(drug: "famotidine", med: "famotidine 20 mg/2 mL injection", cls: "therapeutic"),
        Med(drug: "dexamethasone", med: "dexamethasone 10 mg/mL injection", cls: "therapeutic"),
        Med(drug: "furosemide", med: "furosemide 40 mg/4 mL injection", cls: "therapeutic"),
        Med(drug: "lorazepam", med: "lorazepam 2 mg/mL injection", cls: "therapeutic"),
        Med(drug: "pantoprazole", med: "pantoprazole 40 mg injection", cls: "therapeutic"),
    ]
    static let infusions: [Med] = [
        Med(drug: "ceftriaxone", med: "ceftriaxone 1 g in sodium chloride 0.9 % 50 mL IVPB", cls: "therapeutic", volume: "50 mL"),
        Med(drug: "vancomycin", med: "vancomycin 1,250 mg in sodium chloride 0.9 % 250 mL", cls: "therapeutic", volume: "250 mL"),
        Med(drug: "piperacillin-tazobactam", med: "piperacillin-tazobactam 4.5 g in 100 mL IVPB", cls: "therapeutic", volume: "100 mL"),
        Med(drug: "levofloxacin", med: "levofloxacin 750 mg/150 mL IVPB", cls: "therapeutic", volume: "150 mL"),
        Med(drug: "azithromycin", med: "azithromycin 500 mg in sodium chloride 0.9 % 250 mL", cls: "therapeutic", volume: "250 mL"),
        Med(drug: "metronidazole", med: "metronidazole 500 mg/100 mL IVPB", cls: "therapeutic", volume: "100 mL"),
        Med(drug: "cefepime", med: "cefepime 2 g in sodium chloride 0.9 % 100 mL IVPB", cls: "therapeutic", volume: "100 mL"),
        Med(drug: "acetaminophen", med: "acetaminophen 1,000 mg/100 mL IV", cls: "therapeutic", volume: "100 mL"),
        Med(drug: "methylprednisolone", med: "methylprednisolone 1 g in sodium chloride 0.9 % 250 mL", cls: "therapeutic", volume: "250 mL"),
        Med(drug: "magnesium sulfate", med: "magnesium sulfate 2 g/50 mL IVPB", cls: "electrolyte", volume: "50 mL"),
        Med(drug: "potassium chloride", med: "potassium chloride 20 mEq/100 mL IVPB", cls: "electrolyte", volume: "100 mL"),
    ]
    static let fluids: [Med] = [
        Med(drug: "sodium chloride", med: "sodium chloride 0.9 % bolus 1,000 mL", cls: "hydration", volume: "1,000 mL"),
        Med(drug: "lactated ringer's", med: "lactated ringer's 1,000 mL", cls: "hydration", volume: "1,000 mL"),
        Med(drug: "dextrose 5% and sodium chloride 0.45%", med: "D5 1/2NS 1,000 mL", cls: "hydration", volume: "1,000 mL"),
    ]
    static let chemoInfusions: [Med] = [
        Med(drug: "paclitaxel", med: "paclitaxel 175 mg/m2 in sodium chloride 0.9 % 500 mL", cls: "chemotherapy", volume: "500 mL"),
        Med(drug: "carboplatin", med: "carboplatin AUC 5 in dextrose 5 % 250 mL", cls: "chemotherapy", volume: "250 mL"),
        Med(drug: "oxaliplatin", med: "oxaliplatin 85 mg/m2 in dextrose 5 % 250 mL", cls: "chemotherapy", volume: "250 mL"),
        Med(drug: "gemcitabine", med: "gemcitabine 1,000 mg/m2 in sodium chloride 0.9 % 250 mL", cls: "chemotherapy", volume: "250 mL"),
        Med(drug: "rituximab", med: "rituximab 375 mg/m2 in sodium chloride 0.9 % 500 mL", cls: "chemotherapy", volume: "500 mL"),
        Med(drug: "pembrolizumab", med: "pembrolizumab 200 mg in sodium chloride 0.9 % 100 mL", cls: "chemotherapy", volume: "100 mL"),
        Med(drug: "docetaxel", med: "docetaxel 75 mg/m2 in sodium chloride 0.9 % 250 mL", cls: "chemotherapy", volume: "250 mL"),
    ]
    static let chemoPushes: [Med] = [
        Med(drug: "vincristine", med: "vincristine 1.4 mg/m2 syringe", cls: "chemotherapy"),
        Med(drug: "doxorubicin", med: "doxorubicin 50 mg/m2 syringe", cls: "chemotherapy"),
        Med(drug: "bleomycin", med: "bleomycin 10 units/m2 syringe", cls: "chemotherapy"),
        Med(drug: "vinorelbine", med: "vinorelbine 25 mg/m2 syringe", cls: "chemotherapy"),
    ]
    static let injections: [(Med, String)] = [
        (Med(drug: "ceftriaxone", med: "ceftriaxone 500 mg IM injection", cls: "therapeutic"), "IM"),
        (Med(drug: "enoxaparin", med: "enoxaparin 40 mg/0.4 mL syringe", cls: "therapeutic"), "SubQ"),
        (Med(drug: "ketorolac", med: "ketorolac 30 mg/mL IM injection", cls: "therapeutic"), "IM"),
        (Med(drug: "heparin", med: "heparin 5,000 units/mL injection", cls: "therapeutic"), "SubQ"),
        (Med(drug: "promethazine", med: "promethazine 25 mg/mL IM injection", cls: "therapeutic"), "IM"),
    ]
    static let hormonal: [(Med, String)] = [
        (Med(drug: "leuprolide", med: "leuprolide 22.5 mg depot injection", cls: "chemotherapy-hormonal"), "IM"),
        (Med(drug: "fulvestrant", med: "fulvestrant 500 mg/10 mL injection", cls: "chemotherapy-hormonal"), "IM"),
        (Med(drug: "goserelin", med: "goserelin 3.6 mg implant", cls: "chemotherapy-hormonal"), "SubQ"),
    ]
    static let oral: [Med] = [
        Med(drug: "acetaminophen", med: "acetaminophen 650 mg tablet", cls: "therapeutic"),
        Med(drug: "ibuprofen", med: "ibuprofen 600 mg tablet", cls: "therapeutic"),
        Med(drug: "oxycodone", med: "oxycodone 5 mg tablet", cls: "therapeutic"),
        Med(drug: "aspirin", med: "aspirin 324 mg chewable tablet", cls: "therapeutic"),
        Med(drug: "prednisone", med: "prednisone 40 mg tablet", cls: "therapeutic"),
    ]
    static let nebs: [Med] = [
        Med(drug: "albuterol", med: "albuterol 2.5 mg/3 mL nebulizer solution", cls: "therapeutic"),
        Med(drug: "ipratropium", med: "ipratropium 0.5 mg/2.5 mL nebulizer solution", cls: "therapeutic"),
    ]
    /// Presenting complaints by department, split by whether the visit's IV drugs include an antibiotic,
    /// so a story never has three antibiotics for a migraine.
    static let infectionComplaints: [String: [String]] = [
        "ED": ["pyelonephritis", "cellulitis of the leg", "community-acquired pneumonia"],
        "OBS": ["pyelonephritis with vomiting", "cellulitis failing oral antibiotics", "COPD exacerbation with pneumonia"],
        "CLINIC": ["outpatient antibiotic therapy"],
    ]
    static let otherComplaints: [String: [String]] = [
        "ED": ["abdominal pain and vomiting", "migraine", "renal colic", "gastroenteritis with dehydration",
               "asthma exacerbation"],
        "OBS": ["chest pain rule-out", "syncope", "intractable nausea", "COPD exacerbation"],
        "CLINIC": ["iron-deficiency anaemia", "multiple sclerosis relapse", "Crohn disease maintenance",
                   "dehydration during chemotherapy"],
        "CHEMO": ["breast cancer, cycle 3", "non-Hodgkin lymphoma, cycle 2", "non-small-cell lung cancer, cycle 4",
                  "colon cancer, FOLFOX cycle 5", "ovarian cancer, cycle 1"],
    ]
    static let antibiotics: Set<String> = ["ceftriaxone", "vancomycin", "piperacillin-tazobactam", "cefazolin",
                                           "azithromycin", "levofloxacin", "metronidazole", "cefepime", "ampicillin",
                                           "ampicillin-sulbactam", "meropenem", "clindamycin", "gentamicin",
                                           "doxycycline", "ertapenem", "linezolid", "ciprofloxacin"]
}
