#include "ui/text/words.h"

namespace dpia::words {

QString documentStatus(storage::DocumentStatus status) {
    switch (status) {
    case storage::DocumentStatus::inReview:
        //: Document status.
        return Words::tr("in review");
    case storage::DocumentStatus::final:
        //: Document status.
        return Words::tr("final");
    case storage::DocumentStatus::draft:
        break;
    }
    //: Document status.
    return Words::tr("draft");
}

QString safeguardStatus(const std::optional<storage::SafeguardStatus>& status) {
    if (!status) {
        //: Status of a safeguard nobody has set yet.
        return Words::tr("Not decided");
    }
    switch (*status) {
    case storage::SafeguardStatus::implemented:
        //: Status of a safeguard.
        return Words::tr("Implemented");
    case storage::SafeguardStatus::planned:
        //: Status of a safeguard.
        return Words::tr("Planned");
    case storage::SafeguardStatus::notImplemented:
        //: Status of a safeguard: decided not to.
        return Words::tr("Not implemented");
    case storage::SafeguardStatus::notApplicable:
        //: Status of a safeguard.
        return Words::tr("Not applicable");
    }
    return {};
}

QString measureStatus(storage::MeasureStatus status) {
    switch (status) {
    case storage::MeasureStatus::open:
        //: Status of a measure in the action plan.
        return Words::tr("open");
    case storage::MeasureStatus::inProgress:
        //: Status of a measure in the action plan.
        return Words::tr("in progress");
    case storage::MeasureStatus::done:
        //: Status of a measure in the action plan.
        return Words::tr("done");
    }
    return {};
}

QString signoffRole(storage::SignoffRole role) {
    switch (role) {
    case storage::SignoffRole::fg:
        //: Role of a sign-off: the functionaris gegevensbescherming.
        return Words::tr("Data protection officer (DPO)");
    case storage::SignoffRole::ciso:
        //: Role of a sign-off.
        return Words::tr("CISO");
    case storage::SignoffRole::processOwner:
        //: Role of a sign-off.
        return Words::tr("Process owner");
    case storage::SignoffRole::controller:
        //: Role of a sign-off: who decides for the municipality (e.g. the college of B&W).
        return Words::tr("Controller (decision)");
    case storage::SignoffRole::dataSubjects:
        //: Role of a sign-off: e.g. a client council speaking for the data subjects.
        return Words::tr("Data subjects or their representatives");
    }
    return {};
}

QString licence(baseline::Licence licence) {
    switch (licence) {
    case baseline::Licence::e3:
        return QStringLiteral("E3");
    case baseline::Licence::e5:
        return QStringLiteral("E5");
    case baseline::Licence::none:
        break;
    }
    return QStringLiteral("—");
}

QString licenceDescription(baseline::Licence licence) {
    switch (licence) {
    case baseline::Licence::e3:
        //: Licence column: what E3 means.
        return Words::tr("Needs Microsoft 365 E3 (also in E5).");
    case baseline::Licence::e5:
        //: Licence column: what E5 means.
        return Words::tr("Needs Microsoft 365 E5 or an add-on.");
    case baseline::Licence::none:
        break;
    }
    //: Licence column: a safeguard without a licence requirement.
    return Words::tr("No particular licence needed.");
}

QString safeguardKind(baseline::SafeguardKind kind) {
    switch (kind) {
    case baseline::SafeguardKind::technical:
        //: Group of safeguards: settings and features of Microsoft 365.
        return Words::tr("Microsoft 365 technical");
    case baseline::SafeguardKind::contractual:
        //: Group of safeguards: terms agreed with Microsoft.
        return Words::tr("Contractual");
    case baseline::SafeguardKind::organisational:
        //: Group of safeguards: the municipality's own measures.
        return Words::tr("Organisational");
    }
    return {};
}

QString inSentence(const QString& label) {
    if (label.size() < 2 || label.at(1).isUpper()) {
        return label; // "CISO", "E3": abbreviations keep their capitals
    }
    return label.front().toLower() + label.mid(1);
}

QString capitalised(const QString& word) {
    return word.isEmpty() ? word : word.front().toUpper() + word.mid(1);
}

QString reviewSentence(const scoring::ReviewDue& due, const QString& date) {
    using State = scoring::ReviewDue::State;
    switch (due.state) {
    case State::none:
        return {};
    case State::planned:
    case State::soon:
        if (due.daysLeft == 0) {
            //: %1 is the review date (GDPR art. 35(11)).
            return Words::tr("Review due today, %1 (GDPR art. 35(11)).").arg(date);
        }
        //: %1 is the review date; %n the days until then.
        return Words::tr("Review due by %1 (in %n days).", "", due.daysLeft).arg(date);
    case State::overdue:
        //: %1 is the review date that has passed; %n the days since.
        return Words::tr("Review was due on %1, %n days ago (GDPR art. 35(11)).", "", -due.daysLeft)
            .arg(date);
    }
    return {};
}

QString reviewState(const scoring::ReviewDue& due) {
    using State = scoring::ReviewDue::State;
    switch (due.state) {
    case State::none:
        return {};
    case State::planned:
        //: A DPIA's review date is more than 60 days away.
        return Words::tr("planned");
    case State::soon:
        //: A DPIA's review date is within 60 days.
        return Words::tr("due soon");
    case State::overdue:
        //: A DPIA's review date has passed.
        return Words::tr("overdue");
    }
    return {};
}

} // namespace dpia::words
