#include "app/single_instance.h"

#include <spdlog/spdlog.h>

#include <QLocalServer>
#include <QLocalSocket>

namespace dpia::app {

namespace {

/// Generous: the running instance may be busy drawing; a hand-over that does not finish
/// in time falls back to running alone.
constexpr int kWaitMs = 5000;

/// The socket's path, or empty when the user has no runtime folder (cron, a service
/// account): no shared /tmp, where another account could take the name.
QString socketPath() {
    const QString runtime = qEnvironmentVariable("XDG_RUNTIME_DIR");
    return runtime.isEmpty() ? QString() : runtime + QStringLiteral("/dpia-assistent.socket");
}

/// Sends `file` to the instance listening on `name`; true once it has read it.
bool send(const QString& name, const QString& file) {
    QLocalSocket socket;
    socket.connectToServer(name);
    if (!socket.waitForConnected(kWaitMs)) {
        return false;
    }
    socket.write(file.toUtf8() + '\n');
    if (!socket.waitForBytesWritten(kWaitMs)) {
        return false;
    }
    // The running instance answers once it has the whole line.
    return socket.waitForReadyRead(kWaitMs) && socket.readAll().startsWith("ok");
}

} // namespace

SingleInstance::SingleInstance(QObject* parent) : QObject(parent) {}

bool SingleInstance::handedOver(const QString& file, OpenRequest onRequest) {
    onRequest_ = std::move(onRequest);
    const QString name = socketPath();
    if (name.isEmpty()) {
        spdlog::info("single instance off: no XDG_RUNTIME_DIR, this window runs on its own");
        return false;
    }
    if (listen(name)) {
        return false;
    }
    if (send(name, file)) {
        spdlog::info("handed the document over to the running instance");
        return true;
    }
    // Nobody answers on the socket: a program that crashed left it. Take it over.
    QLocalServer::removeServer(name);
    if (!listen(name)) {
        spdlog::warn("single instance off: cannot listen on the runtime socket");
    }
    return false;
}

bool SingleInstance::listen(const QString& name) {
    auto* server = new QLocalServer(this);
    // No socket options: with any of them Qt binds in a temporary folder and renames the
    // socket into place, over a running instance's. Owner-only comes from the folder.
    if (!server->listen(name)) {
        delete server;
        return false;
    }
    server_ = server;
    connect(server_, &QLocalServer::newConnection, this, &SingleInstance::accept);
    return true;
}

void SingleInstance::accept() {
    while (QLocalSocket* socket = server_->nextPendingConnection()) {
        connect(socket, &QLocalSocket::disconnected, socket, &QObject::deleteLater);
        connect(socket, &QLocalSocket::readyRead, this, [this, socket] {
            if (!socket->canReadLine()) {
                return; // the rest of the line is still on its way
            }
            const QString file = QString::fromUtf8(socket->readLine()).chopped(1);
            socket->write("ok\n");
            socket->flush();
            socket->disconnectFromServer();
            // Queued: opening may show a message box, whose event loop must not run
            // inside this socket's signal.
            QMetaObject::invokeMethod(
                this, [this, file] { onRequest_(file); }, Qt::QueuedConnection);
        });
    }
}

} // namespace dpia::app
