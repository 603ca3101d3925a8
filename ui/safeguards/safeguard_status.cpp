#include "ui/safeguards/safeguard_status.h"

#include "ui/text/words.h"

namespace dpia::ui {

SafeguardChoice choiceOf(const std::optional<storage::SafeguardStatus>& status) {
    if (!status) {
        return SafeguardChoice::notDecided;
    }
    switch (*status) {
    case storage::SafeguardStatus::implemented:
        return SafeguardChoice::implemented;
    case storage::SafeguardStatus::planned:
        return SafeguardChoice::planned;
    case storage::SafeguardStatus::notImplemented:
        return SafeguardChoice::notImplemented;
    case storage::SafeguardStatus::notApplicable:
        return SafeguardChoice::notApplicable;
    }
    return SafeguardChoice::notDecided;
}

std::optional<storage::SafeguardStatus> statusOf(SafeguardChoice choice) {
    switch (choice) {
    case SafeguardChoice::implemented:
        return storage::SafeguardStatus::implemented;
    case SafeguardChoice::planned:
        return storage::SafeguardStatus::planned;
    case SafeguardChoice::notImplemented:
        return storage::SafeguardStatus::notImplemented;
    case SafeguardChoice::notApplicable:
        return storage::SafeguardStatus::notApplicable;
    case SafeguardChoice::notDecided:
        break;
    }
    return std::nullopt;
}

QList<SafeguardChoice> safeguardChoices() {
    return {SafeguardChoice::notDecided, SafeguardChoice::implemented, SafeguardChoice::planned,
            SafeguardChoice::notImplemented, SafeguardChoice::notApplicable};
}

QString choiceLabel(SafeguardChoice choice) {
    return words::safeguardStatus(statusOf(choice));
}

QColor choiceColour(SafeguardChoice choice) {
    switch (choice) {
    case SafeguardChoice::implemented:
        return QColor(0xc8, 0xe6, 0xc9);
    case SafeguardChoice::planned:
        return QColor(0xff, 0xf3, 0xc4);
    case SafeguardChoice::notImplemented:
        return QColor(0xff, 0xcd, 0xd2);
    case SafeguardChoice::notApplicable:
        return QColor(0xe0, 0xe0, 0xe0);
    case SafeguardChoice::notDecided:
        break;
    }
    return {};
}

} // namespace dpia::ui
