#include "ui/session/lock_holder.h"

#include "core/storage/file_ops.h"
#include "ui/text/local_text.h"

#include <QCoreApplication>
#include <QDateTime>
#include <QLocale>

namespace dpia::ui {

namespace {

class LockWords {
    Q_DECLARE_TR_FUNCTIONS(LockWords)
};

} // namespace

QString lockHolderText(const storage::LockOwner& owner) {
    const QDateTime since = QDateTime::fromString(qs(owner.since), Qt::ISODate).toLocalTime();
    const QString when = since.isValid() ? QLocale().toString(since, QLocale::ShortFormat)
                                         //: When the time a document was opened is unknown.
                                         : LockWords::tr("an unknown time");
    if (owner.user == storage::files::osUserName() && owner.host == storage::files::hostName()) {
        //: Who has a document open: the user themselves; %1 since when (local time).
        return LockWords::tr("you, in another window on this computer, since %1").arg(when);
    }
    //: Someone whose name is unknown.
    QString who = owner.user.empty() ? LockWords::tr("someone") : qs(owner.user);
    const QString name =
        owner.user.empty() ? QString() : qs(storage::files::accountFullName(owner.user)).trimmed();
    if (!name.isEmpty() && name != who) {
        who = QStringLiteral("%1 (%2)").arg(name, who);
    }
    //: Who has a document open; %1 the person, %2 the computer, %3 since when (local time).
    return LockWords::tr("%1 on the computer %2, since %3")
        .arg(who, owner.host.empty() ? QStringLiteral("?") : qs(owner.host), when);
}

} // namespace dpia::ui
