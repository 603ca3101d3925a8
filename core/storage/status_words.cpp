#include "core/storage/status_words.h"

namespace dpia::storage {

LocalText documentStatusText(DocumentStatus status) {
    switch (status) {
    case DocumentStatus::draft:
        return {"concept", "draft"};
    case DocumentStatus::inReview:
        return {"ter beoordeling", "in review"};
    case DocumentStatus::final:
        return {"definitief", "final"};
    }
    return {};
}

LocalText safeguardStatusText(SafeguardStatus status) {
    switch (status) {
    case SafeguardStatus::implemented:
        return {"geïmplementeerd", "implemented"};
    case SafeguardStatus::planned:
        return {"gepland", "planned"};
    case SafeguardStatus::notImplemented:
        return {"niet geïmplementeerd", "not implemented"};
    case SafeguardStatus::notApplicable:
        return {"niet van toepassing", "not applicable"};
    }
    return {};
}

LocalText measureStatusText(MeasureStatus status) {
    switch (status) {
    case MeasureStatus::open:
        return {"open", "open"};
    case MeasureStatus::inProgress:
        return {"in uitvoering", "in progress"};
    case MeasureStatus::done:
        return {"gereed", "done"};
    }
    return {};
}

LocalText roleText(SignoffRole role) {
    switch (role) {
    case SignoffRole::fg:
        return {"functionaris gegevensbescherming", "data protection officer"};
    case SignoffRole::ciso:
        return {"CISO", "CISO"};
    case SignoffRole::processOwner:
        return {"proceseigenaar", "process owner"};
    case SignoffRole::controller:
        return {"verwerkingsverantwoordelijke", "controller"};
    case SignoffRole::dataSubjects:
        return {"betrokkenen", "data subjects"};
    }
    return {};
}

} // namespace dpia::storage
