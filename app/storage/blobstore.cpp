#include "blobstore.h"

#include "text.h"
#include <QCoreApplication>
#include <QCryptographicHash>
#include <QDir>
#include <QFile>
#include <QSaveFile>
#include <QUuid>

using namespace Qt::StringLiterals;

namespace OneWindow::Storage {
namespace {

Error writeError(const QString &path, const QString &reason)
{
    return makeError(u"storage.blob_write"_s,
                     Text::tr("Cannot store the file %1: %2").arg(QDir::toNativeSeparators(path), reason));
}

} // namespace

BlobStore::BlobStore(QString rootDirectory)
    : m_root(std::move(rootDirectory))
{
}

bool BlobStore::isValidHash(const QString &sha256)
{
    if (sha256.size() != 64)
        return false;
    return std::all_of(sha256.cbegin(), sha256.cend(),
                       [](QChar c) { return (c >= u'0' && c <= u'9') || (c >= u'a' && c <= u'f'); });
}

QString BlobStore::pathFor(const QString &sha256) const
{
    return m_root + u'/' + sha256.left(2) + u'/' + sha256;
}

bool BlobStore::contains(const QString &sha256) const
{
    return isValidHash(sha256) && QFile::exists(pathFor(sha256));
}

Result<QString> BlobStore::put(const QByteArray &content) const
{
    const QString sha256 = QString::fromLatin1(QCryptographicHash::hash(content, QCryptographicHash::Sha256).toHex());
    const QString target = pathFor(sha256);
    if (QFile::exists(target))
        return sha256;
    if (!QDir().mkpath(m_root + u'/' + sha256.left(2)))
        return writeError(target, Text::tr("cannot create the folder"));
    // QSaveFile writes a temporary file, flushes it to disk and renames it over the target on commit.
    QSaveFile file(target);
    if (!file.open(QIODevice::WriteOnly))
        return writeError(target, file.errorString());
    if (file.write(content) != content.size()) {
        const QString reason = file.errorString();
        file.cancelWriting();
        return writeError(target, reason);
    }
    if (!file.commit())
        return writeError(target, file.errorString());
    return sha256;
}

Result<QString> BlobStore::putFile(const QString &sourcePath) const
{
    QFile source(sourcePath);
    if (!source.open(QIODevice::ReadOnly))
        return makeError(
            u"storage.blob_read"_s,
            Text::tr("Cannot read %1: %2").arg(QDir::toNativeSeparators(sourcePath), source.errorString()));
    if (!QDir().mkpath(m_root))
        return writeError(m_root, Text::tr("cannot create the folder"));
    // The name is known only after the last byte, so copy into a temporary file in the store
    // (same file system, so the final rename is atomic) while hashing.
    const QString staging = m_root + u"/incoming-"_s + QUuid::createUuid().toString(QUuid::WithoutBraces) + u".tmp"_s;
    QSaveFile temporary(staging);
    temporary.setDirectWriteFallback(false);
    if (!temporary.open(QIODevice::WriteOnly))
        return writeError(m_root, temporary.errorString());
    QCryptographicHash hash(QCryptographicHash::Sha256);
    QByteArray chunk;
    constexpr qint64 chunkSize = 1 << 20; // 1 MiB: a few reads per page, little memory
    while (!(chunk = source.read(chunkSize)).isEmpty()) {
        hash.addData(chunk);
        if (temporary.write(chunk) != chunk.size()) {
            const QString reason = temporary.errorString();
            temporary.cancelWriting();
            return writeError(m_root, reason);
        }
    }
    if (source.error() != QFileDevice::NoError) {
        temporary.cancelWriting();
        return makeError(
            u"storage.blob_read"_s,
            Text::tr("Cannot read %1: %2").arg(QDir::toNativeSeparators(sourcePath), source.errorString()));
    }
    const QString sha256 = QString::fromLatin1(hash.result().toHex());
    const QString target = pathFor(sha256);
    if (QFile::exists(target)) {
        temporary.cancelWriting();
        return sha256;
    }
    if (!QDir().mkpath(m_root + u'/' + sha256.left(2))) {
        temporary.cancelWriting();
        return writeError(target, Text::tr("cannot create the folder"));
    }
    // Commit to the staging name (flush + fsync + rename), then move into place: one more
    // rename on the same file system, still atomic.
    if (!temporary.commit())
        return writeError(target, temporary.errorString());
    return commitTemporary(staging, sha256);
}

Result<QString> BlobStore::commitTemporary(const QString &temporaryPath, const QString &sha256) const
{
    const QString target = pathFor(sha256);
    if (!QFile::rename(temporaryPath, target)) {
        QFile::remove(temporaryPath);
        if (QFile::exists(target))
            return sha256;
        return writeError(target, Text::tr("cannot move the file into place"));
    }
    return sha256;
}

Result<QByteArray> BlobStore::read(const QString &sha256) const
{
    if (!isValidHash(sha256))
        return makeError(u"storage.blob_hash"_s, Text::tr("%1 is not a SHA-256 hash.").arg(sha256));
    QFile file(pathFor(sha256));
    if (!file.open(QIODevice::ReadOnly))
        return makeError(u"storage.blob_missing"_s, Text::tr("The stored file %1 is missing.").arg(sha256));
    QByteArray content = file.readAll();
    if (QString::fromLatin1(QCryptographicHash::hash(content, QCryptographicHash::Sha256).toHex()) != sha256)
        return makeError(u"storage.blob_damaged"_s, Text::tr("The stored file %1 is damaged.").arg(sha256));
    return content;
}

} // namespace OneWindow::Storage
