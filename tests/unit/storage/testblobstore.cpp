#include <QCryptographicHash>
#include <QDir>
#include <QFile>
#include <QTest>

#include "storage/blobstore.h"
#include "tempdatadir.h"

using namespace Qt::StringLiterals;
using namespace OneWindow;
using namespace OneWindow::Storage;

class TestBlobStore : public QObject
{
    Q_OBJECT
private Q_SLOTS:
    void namesContentBySha256();
    void storesSameContentOnce();
    void streamsFileWithSameNameAsBytes();
    void reportsDamagedAndMissingBlobs();
    void leavesNoTemporaryFiles();
    void refusesWhenFolderIsNotWritable();
    void rejectsMalformedHashes_data();
    void rejectsMalformedHashes();

private:
    static QString sha256(const QByteArray &data)
    {
        return QString::fromLatin1(QCryptographicHash::hash(data, QCryptographicHash::Sha256).toHex());
    }
    static QStringList filesUnder(const QString &root);
};

QStringList TestBlobStore::filesUnder(const QString &root)
{
    QStringList files;
    QDir dir(root);
    for (const QString &sub : dir.entryList(QDir::Dirs | QDir::NoDotAndDotDot))
        for (const QString &file : QDir(dir.filePath(sub)).entryList(QDir::Files))
            files.append(sub + u'/' + file);
    for (const QString &file : dir.entryList(QDir::Files))
        files.append(file);
    return files;
}

void TestBlobStore::namesContentBySha256()
{
    Test::TempDataDir dir;
    BlobStore store(dir.filePath(u"blobs"_s));
    const QByteArray page = "page one of the household register"_ba;
    auto stored = store.put(page);
    QVERIFY(stored);
    QCOMPARE(stored.value(), sha256(page));
    QCOMPARE(store.pathFor(stored.value()), dir.filePath(u"blobs/"_s + stored.value().left(2) + u'/' + stored.value()));
    QVERIFY(store.contains(stored.value()));
    auto back = store.read(stored.value());
    QVERIFY(back);
    QCOMPARE(back.value(), page);
}

void TestBlobStore::storesSameContentOnce()
{
    Test::TempDataDir dir;
    BlobStore store(dir.filePath(u"blobs"_s));
    QVERIFY(store.put("same"_ba));
    QVERIFY(store.put("same"_ba));
    QVERIFY(store.put("other"_ba));
    QCOMPARE(filesUnder(store.rootDirectory()).size(), 2);
}

void TestBlobStore::streamsFileWithSameNameAsBytes()
{
    Test::TempDataDir dir;
    BlobStore store(dir.filePath(u"blobs"_s));
    // Larger than the copy buffer, so the streaming path hashes across several chunks.
    QByteArray content(3 * 1024 * 1024 + 17, '\0');
    for (qsizetype i = 0; i < content.size(); ++i)
        content[i] = char((i * 31) & 0xff);
    QFile source(dir.filePath(u"scan.jpg"_s));
    QVERIFY(source.open(QIODevice::WriteOnly));
    source.write(content);
    source.close();
    auto fromFile = store.putFile(source.fileName());
    QVERIFY2(fromFile, qPrintable(fromFile ? QString() : fromFile.error().message));
    QCOMPARE(fromFile.value(), sha256(content));
    auto again = store.putFile(source.fileName());
    QVERIFY(again);
    QCOMPARE(again.value(), fromFile.value());
    QCOMPARE(filesUnder(store.rootDirectory()).size(), 1);
}

void TestBlobStore::reportsDamagedAndMissingBlobs()
{
    Test::TempDataDir dir;
    BlobStore store(dir.filePath(u"blobs"_s));
    auto stored = store.put("original bytes"_ba);
    QVERIFY(stored);
    QFile file(store.pathFor(stored.value()));
    QVERIFY(file.open(QIODevice::WriteOnly | QIODevice::Truncate));
    file.write("tampered");
    file.close();
    auto damaged = store.read(stored.value());
    QVERIFY(!damaged);
    QCOMPARE(damaged.error().code, u"storage.blob_damaged"_s);
    auto missing = store.read(sha256("never stored"_ba));
    QVERIFY(!missing);
    QCOMPARE(missing.error().code, u"storage.blob_missing"_s);
}

void TestBlobStore::leavesNoTemporaryFiles()
{
    Test::TempDataDir dir;
    BlobStore store(dir.filePath(u"blobs"_s));
    QFile source(dir.filePath(u"in.bin"_s));
    QVERIFY(source.open(QIODevice::WriteOnly));
    source.write("file content");
    source.close();
    QVERIFY(store.putFile(source.fileName()));
    QVERIFY(store.put("bytes"_ba));
    for (const QString &file : filesUnder(store.rootDirectory()))
        QVERIFY2(BlobStore::isValidHash(file.section(u'/', -1)), qPrintable(file));
}

void TestBlobStore::refusesWhenFolderIsNotWritable()
{
    Test::TempDataDir dir;
    // A file where the store's folder should be: every write must fail cleanly.
    QFile blocker(dir.filePath(u"blobs"_s));
    QVERIFY(blocker.open(QIODevice::WriteOnly));
    blocker.close();
    BlobStore store(blocker.fileName());
    auto stored = store.put("data"_ba);
    QVERIFY(!stored);
    QCOMPARE(stored.error().code, u"storage.blob_write"_s);
    QVERIFY(!stored.error().message.isEmpty());
}

void TestBlobStore::rejectsMalformedHashes_data()
{
    QTest::addColumn<QString>("hash");
    QTest::newRow("empty") << QString();
    QTest::newRow("short") << u"abc"_s;
    QTest::newRow("upper case") << sha256("x"_ba).toUpper();
    QTest::newRow("path") << u"../"_s + sha256("x"_ba).mid(3);
}

void TestBlobStore::rejectsMalformedHashes()
{
    QFETCH(QString, hash);
    QVERIFY(!BlobStore::isValidHash(hash));
    Test::TempDataDir dir;
    BlobStore store(dir.path());
    QVERIFY(!store.contains(hash));
    QVERIFY(!store.read(hash));
}

QTEST_GUILESS_MAIN(TestBlobStore)
#include "testblobstore.moc"
