#pragma once

#include <QSortFilterProxyModel>

namespace dpia::ui {

/// Keeps the safeguards available with the chosen licence (E3 shows what needs no licence
/// or E3; E5 shows E3's too) and those whose title or evidence holds the search text.
/// A group stays while one of its safeguards does.
class SafeguardFilterProxy : public QSortFilterProxyModel {
    Q_OBJECT
public:
    enum class Licence { all, e3, e5 };

    explicit SafeguardFilterProxy(QObject* parent = nullptr);

    void setLicence(Licence licence);
    Licence licence() const { return licence_; }
    void setSearch(const QString& text);

protected:
    bool filterAcceptsRow(int sourceRow, const QModelIndex& sourceParent) const override;

private:
    Licence licence_ = Licence::all;
    QString search_;
};

} // namespace dpia::ui
