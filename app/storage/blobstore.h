#pragma once

#include <QByteArray>
#include <QString>

#include "core/error.h"

namespace OneWindow::Storage {

/// Pages and attachments as files named by the SHA-256 of their content, under
/// <root>/<first two hex digits>/<all 64 hex digits>. The same bytes are stored once; a
/// file is written to a temporary name, flushed to disk and renamed, so a crash or a full
/// disk leaves either the whole file or none, never a torn one under a valid name.
class BlobStore
{
public:
    explicit BlobStore(QString rootDirectory);

    QString rootDirectory() const { return m_root; }
    /// Stores the bytes; returns their SHA-256 in lowercase hex.
    Result<QString> put(const QByteArray &content) const;
    /// Stores a file's content, streaming (pages can be tens of megabytes).
    Result<QString> putFile(const QString &sourcePath) const;
    bool contains(const QString &sha256) const;
    QString pathFor(const QString &sha256) const;
    /// Reads a blob back and checks its hash, so a damaged file is reported, not passed on.
    Result<QByteArray> read(const QString &sha256) const;

    static bool isValidHash(const QString &sha256);

private:
    Result<QString> commitTemporary(const QString &temporaryPath, const QString &sha256) const;

    QString m_root;
};

} // namespace OneWindow::Storage
