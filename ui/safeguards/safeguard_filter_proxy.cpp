#include "ui/safeguards/safeguard_filter_proxy.h"

#include "core/baseline/baseline_types.h"
#include "ui/safeguards/safeguard_model.h"

namespace dpia::ui {

SafeguardFilterProxy::SafeguardFilterProxy(QObject* parent) : QSortFilterProxyModel(parent) {
    setRecursiveFilteringEnabled(true);
    setDynamicSortFilter(false); // an edit must not make the row under the cursor move away
}

void SafeguardFilterProxy::setLicence(Licence licence) {
    if (licence != licence_) {
        licence_ = licence;
        invalidateFilter();
    }
}

void SafeguardFilterProxy::setSearch(const QString& text) {
    const QString trimmed = text.trimmed();
    if (trimmed != search_) {
        search_ = trimmed;
        invalidateFilter();
    }
}

bool SafeguardFilterProxy::filterAcceptsRow(int sourceRow, const QModelIndex& sourceParent) const {
    if (!sourceParent.isValid()) {
        return false; // a group shows through its safeguards (recursive filtering)
    }
    const QModelIndex row =
        sourceModel()->index(sourceRow, SafeguardModel::TitleColumn, sourceParent);
    const auto needs =
        static_cast<baseline::Licence>(row.data(SafeguardModel::LicenceRole).toInt());
    if (licence_ == Licence::e3 && needs == baseline::Licence::e5) {
        return false;
    }
    if (search_.isEmpty()) {
        return true;
    }
    const QString evidence =
        row.siblingAtColumn(SafeguardModel::EvidenceColumn).data(Qt::ToolTipRole).toString();
    return row.data().toString().contains(search_, Qt::CaseInsensitive) ||
           evidence.contains(search_, Qt::CaseInsensitive);
}

} // namespace dpia::ui
