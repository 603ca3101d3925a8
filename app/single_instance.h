#pragma once

#include <functional>

#include <QObject>
#include <QString>

class QLocalServer;

namespace dpia::app {

/// One running program per user: a second `dpia-assistant FILE` (a double-click in the
/// file manager) hands FILE to the program already running and ends; the running one opens
/// it in its window. The meeting point is a local socket in the user's own runtime folder
/// ($XDG_RUNTIME_DIR, mode 0700). Without that folder, or when the socket cannot be made,
/// each start simply runs on its own, as before, and the log says why.
class SingleInstance : public QObject {
    Q_OBJECT
public:
    using OpenRequest = std::function<void(const QString& file)>;

    explicit SingleInstance(QObject* parent = nullptr);

    /// Whether an instance already runs and took `file` (absolute, or empty: just come to
    /// the front). Otherwise this process becomes the one others hand over to, and
    /// `onRequest` is called for each file they hand over.
    bool handedOver(const QString& file, OpenRequest onRequest);

private:
    bool listen(const QString& name);
    void accept();

    QLocalServer* server_ = nullptr;
    OpenRequest onRequest_;
};

} // namespace dpia::app
