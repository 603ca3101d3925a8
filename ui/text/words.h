#pragma once

#include "core/baseline/baseline_types.h"
#include "core/scoring/review_due.h"
#include "core/storage/assessment.h"

#include <optional>

#include <QCoreApplication>
#include <QString>

// One home for the words of the document's closed sets: the same concept reads the same in
// the window and in the PDF. QtCore only, so the report (no Widgets) uses it as the UI
// does. Each word is a label as it stands alone (a table cell, a list entry); inSentence()
// gives the form for the middle of a sentence.
namespace dpia::words {

/// The translation context of these words in the catalogues.
class Words {
    Q_DECLARE_TR_FUNCTIONS(Words)
};

/// "draft", "in review", "final" (lower case: they stand in titles and sentences).
QString documentStatus(storage::DocumentStatus status);
/// "Implemented", "Planned", "Not implemented", "Not applicable"; no status: "Not decided".
QString safeguardStatus(const std::optional<storage::SafeguardStatus>& status);
/// "open", "in progress", "done".
QString measureStatus(storage::MeasureStatus status);
/// Who gives an advice or takes the decision: "Data protection officer (DPO)", ...
QString signoffRole(storage::SignoffRole role);
/// "E3", "E5", or "—" for a safeguard that needs no particular licence.
QString licence(baseline::Licence licence);
/// What a licence tier means for a safeguard, in a sentence.
QString licenceDescription(baseline::Licence licence);
/// "Microsoft 365 technical", "Contractual", "Organisational".
QString safeguardKind(baseline::SafeguardKind kind);

/// The review state as a sentence, `date` being the review date as the user reads it:
/// "Review due by 1-3-2027 (in 88 days)."; empty for no review date.
QString reviewSentence(const scoring::ReviewDue& due, const QString& date);
/// The review state for a table cell: "planned", "due soon", "overdue", or empty.
QString reviewState(const scoring::ReviewDue& due);

/// A label in the middle of a sentence: its first letter in lower case.
QString inSentence(const QString& label);
/// A word standing alone at the start of a line: its first letter in upper case.
QString capitalised(const QString& word);

} // namespace dpia::words
