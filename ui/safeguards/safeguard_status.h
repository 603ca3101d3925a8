#pragma once

#include "core/storage/assessment.h"

#include <optional>

#include <QColor>
#include <QList>
#include <QString>

namespace dpia::ui {

/// A safeguard's status as the UI offers it: the four stored ones and "not decided"
/// (no entry). The numbers are the item-model value of the status column.
enum class SafeguardChoice { notDecided = 0, implemented, planned, notImplemented, notApplicable };

SafeguardChoice choiceOf(const std::optional<storage::SafeguardStatus>& status);
/// nullopt for notDecided.
std::optional<storage::SafeguardStatus> statusOf(SafeguardChoice choice);
/// The choices in the order a list offers them.
QList<SafeguardChoice> safeguardChoices();
/// "Implemented", "Planned", ... in the UI language.
QString choiceLabel(SafeguardChoice choice);
/// A light background that supports (never replaces) the words; invalid for notDecided.
QColor choiceColour(SafeguardChoice choice);

} // namespace dpia::ui
