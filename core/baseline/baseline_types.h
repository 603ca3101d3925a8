#pragma once

#include "core/lang.h"
#include "core/rules/rule.h"

#include <array>
#include <map>
#include <nlohmann/json.hpp>
#include <optional>
#include <string>
#include <vector>

// The typed, read-only model of the baseline (docs/BASELINE.md). Plain data: the loader
// fills it, scoring and the UI read it.
namespace dpia::baseline {

/// The questions and options of a baseline that the program itself acts on (baseline.yaml
/// `roles:`, docs/BASELINE.md "Roles"). Named members, so code cannot ask for a role that
/// does not exist; core/baseline/roles.h lists them for the compiler and the image. Each is
/// empty when the baseline does not name it: the feature that needs it then stays away.
struct Roles {
    /// Choice: its answer (an option id ending in 1, 2 or 3) gives the BBN level that
    /// decides which BIO requirements apply.
    std::string bbnQuestion;
    /// Choice: the Microsoft 365 licence; the safeguards page filters on it at first.
    std::string licenceQuestion;
    std::string licenceE3Option; ///< the option of licenceQuestion that means E3
    std::string licenceE5Option; ///< the option of licenceQuestion that means E5
    // The readiness checklist of the sign-off page: each is done once answered.
    std::string dpoAdviceQuestion;         ///< text: the advice of the DPO (art. 35(2))
    std::string cisoAdviceQuestion;        ///< text: the advice of the CISO
    std::string subjectViewsQuestion;      ///< text: the views of data subjects (art. 35(9))
    std::string decisionQuestion;          ///< choice: the decision of the controller
    std::string reviewDateQuestion;        ///< date: when the DPIA is reviewed (art. 35(11))
    std::string reviewIntervalQuestion;    ///< number: months between reviews after that
    std::string priorConsultationQuestion; ///< choice: prior consultation of the AP (art. 36)
    /// The option of priorConsultationQuestion that says consultation is not needed: a
    /// finding when residual risks to data subjects stay high.
    std::string priorConsultationNotNeededOption;
};

struct BaselineInfo {
    std::string id;
    std::string version;
    std::string hash; ///< SHA-256 of the canonical content, hex
    LocalText title;
    struct Change {
        std::string version;
        std::string date;
        LocalText changes;
    };
    std::vector<Change> changelog;
    Roles roles;
    /// The keys (roles.h) of the roles this image does not record at all, because it was
    /// compiled before they existed; see rolesFor(). Empty for a current image.
    std::vector<std::string> rolesNotRecorded;
};

struct Part {
    std::string id;
    LocalText title;
};

struct Section {
    std::string id;
    std::string part;
    LocalText title;
};

using QuestionType = rules::AnswerKind;

struct Option {
    std::string id;
    LocalText label;
};

struct Column {
    std::string id;
    QuestionType type = QuestionType::text; ///< never table
    LocalText label;
    std::vector<Option> options;
};

/// A question of an earlier baseline version that asked the same fact as this one (one
/// fact, one place): `dpia-cli upgrade` carries its answer over, and the section where it
/// stood shows this question's answer read-only with a link to it.
struct ReplacedQuestion {
    std::string question;                       ///< the old id; no longer an id of this baseline
    std::string section;                        ///< where it stood; shows the answer there
    std::map<std::string, std::string> options; ///< old option id -> this question's option
    bool wins = false; ///< when both were answered differently, the old answer is kept
    /// A yes/no question of another shape than this one (`as`): the rule over this
    /// baseline's answers that gives the old answer. With it, `options` maps the old answer
    /// ("true"/"false") to the option to choose when this question is still open, where one
    /// answer determines it; `wins` does not apply (only this question can be answered).
    std::optional<rules::Rule> as = std::nullopt;
};

struct Question {
    std::string id;
    std::string section;
    QuestionType type = QuestionType::text;
    bool required = false;
    LocalText text;
    LocalText guidance;
    /// Legal or control reference, e.g. "AVG art. 35 lid 7" / "GDPR Art. 35(7)"; a plain
    /// string in the YAML is the same text in both languages.
    LocalText ref;
    std::vector<Option> options;
    std::vector<Column> columns;
    std::optional<double> min;
    std::optional<double> max;
    std::optional<rules::Rule> visibleIf;
    std::vector<ReplacedQuestion> replaces;
};

enum class Framework { avg, uavg, bio };

struct Requirement {
    std::string id;
    Framework framework = Framework::avg;
    LocalText ref;      ///< as Question::ref
    std::string bio104; ///< BIO 1.04 control id(s), BIO only
    int bbn = 0;        ///< BBN level from which it applies under BIO 1.x; 0 when not BIO
    LocalText title;
    LocalText text;
};

enum class SafeguardKind { technical, contractual, organisational };
enum class Licence { none, e3, e5 };

/// A safeguard whose status is a fact the questionnaire already asks (one fact, one place,
/// docs/SCORING.md): the answer decides implemented or not; the document keeps no second
/// status for it, only "planned" or "not applicable".
struct SafeguardFact {
    std::string question;
    rules::Rule implementedWhen;      ///< on the answer: the safeguard is in place
    nlohmann::json implementedAnswer; ///< the answer that states "implemented"
    nlohmann::json notImplementedAnswer;
};

/// Which licences offer a safeguard, as a rule on the licence answer.
struct Availability {
    rules::Rule when;
    LocalText needs; ///< the licence it needs, in words: "Microsoft 365 E5 or E5 Compliance"
};

struct Safeguard {
    std::string id;
    SafeguardKind kind = SafeguardKind::organisational;
    Licence licence = Licence::none;
    LocalText title;
    LocalText description;
    LocalText evidence;
    std::vector<std::string> meets; ///< requirement ids
    std::optional<SafeguardFact> fact;
    std::optional<Availability> availability; ///< none: every licence offers it
};

struct Driver {
    rules::Rule when;
    int likelihood = 0;
    int impact = 0;
    LocalText reason;
};

struct Mitigation {
    std::string safeguard;
    int likelihood = 0; ///< zero or negative
    int impact = 0;     ///< zero or negative
    LocalText reason;
    /// Only while this holds does the safeguard lower the risk, e.g. "special data stay in
    /// the line-of-business system" as the officer answered it.
    std::optional<rules::Rule> when;
};

/// A residual a risk does not drop below: what the government DPIAs say remains. Applies
/// while `when` holds (always without one) and until one of `liftedBy` counts.
struct Floor {
    std::optional<rules::Rule> when;
    std::vector<std::string> liftedBy; ///< safeguard ids
    int likelihood = 1;
    int impact = 1;
    LocalText reason;
};

/// Whose rights or interests a risk concerns. Prior consultation (art. 36) is about high
/// risks to data subjects; the organisation's own risks go to the action plan.
enum class Concern { dataSubjects, organisation };

struct Risk {
    std::string id;
    LocalText title;
    LocalText description;
    LocalText rights;
    int likelihood = 1;
    int impact = 1;
    std::vector<Driver> drivers;
    std::vector<Mitigation> mitigations;
    int floorLikelihood = 1;
    int floorImpact = 1;
    std::vector<std::string> requirements;
    Concern concern = Concern::dataSubjects;
    /// The risk only exists while this holds; without one it always applies.
    std::optional<rules::Rule> appliesWhen;
    LocalText notApplicable; ///< why it does not apply: "no special data are processed"
    LocalText baseReason;    ///< why the starting point is what it is
    std::vector<Floor> floors;
};

enum class CriterionFramework { wp248, ap, art35_3 };

struct Criterion {
    std::string id;
    CriterionFramework framework = CriterionFramework::wp248;
    std::string number;
    LocalText title;
    LocalText description;
    rules::Rule when;
};

/// One point rule of the Rijks pre-scan's risk score (FACTS §10): `points` when `when` holds.
struct ScorePoint {
    rules::Rule when;
    int points = 1;
    LocalText reason;
};

struct VerdictRules {
    int requiredAp = 1;
    int requiredWp248 = 2;
    int requiredArt35 = 1;
    std::optional<rules::Rule> requiredWhen;
    int recommendedWp248 = 1;
    /// A DPIA is required when the pre-scan's risk score is above this (the Rijks pre-scan:
    /// 4); none when the baseline has no score.
    std::optional<int> requiredScoreAbove;
};

struct Hint {
    std::string id;
    LocalText title;
    LocalText text;
    rules::Rule when;
};

struct Level {
    std::string code;
    int rank = 1;
    LocalText label;
    std::string colour; ///< "#rrggbb"
};

struct Matrix {
    static constexpr int kSize = 4;
    std::array<LocalText, kSize> likelihood;
    std::array<LocalText, kSize> impact;
    std::vector<Level> levels;                              ///< by rank, lowest first
    std::array<std::array<std::string, kSize>, kSize> grid; ///< [likelihood-1][impact-1]
    std::string priorConsultationFrom;                      ///< level code

    /// The level of a cell; likelihood and impact are clamped to 1..4.
    const Level& levelAt(int likelihoodValue, int impactValue) const;
    const Level* level(std::string_view code) const;
};

/// Everything a baseline holds, in one place: what the compiler reads from YAML
/// (SourceModel adds where each item was written), what the image reader reads back, and
/// what a loaded Baseline serves.
struct BaselineContent {
    BaselineInfo info;
    std::vector<Part> parts;
    std::vector<Section> sections;
    std::vector<Question> questions;
    std::vector<Requirement> requirements;
    std::vector<Safeguard> safeguards;
    std::vector<Risk> risks;
    std::vector<Criterion> criteria;
    std::vector<Hint> hints;
    std::vector<ScorePoint> prescanScore;
    VerdictRules verdict;
    Matrix matrix;
};

} // namespace dpia::baseline
