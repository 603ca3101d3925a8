#pragma once

#include <QCoreApplication>
#include <QString>

namespace dpia::baseline {
class Baseline;
}
namespace dpia::scoring {
struct Evaluation;
struct RiskResult;
} // namespace dpia::scoring
namespace dpia::storage {
struct Assessment;
}

namespace dpia::ui {

/// Why a risk scores as it does, as HTML for a read-only text panel: the description, the
/// inherent score step by step (the base, each driver that fired with the answer that
/// triggered it, clamping), the safeguards that lower it now and as planned, the floor,
/// the override with its justification, and the safeguards that could still lower it.
class RiskExplanation {
    Q_DECLARE_TR_FUNCTIONS(RiskExplanation)

public:
    static QString html(const baseline::Baseline& baseline, const storage::Assessment& assessment,
                        const scoring::Evaluation& evaluation, const scoring::RiskResult& risk);
};

} // namespace dpia::ui
