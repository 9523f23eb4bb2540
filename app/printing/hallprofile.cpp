#include "hallprofile.h"

#include <QFile>
#include <QFileInfo>
#include <QJsonDocument>
#include <QUrl>

#include "printing/printinglog.h"
#include "printing/templatereader.h"
#include "text.h"

using namespace Qt::StringLiterals;

namespace OneWindow::Printing {
namespace {

const QString builtInDir = u":/templates"_s;

Result<QJsonObject> readObject(const QString &path)
{
    QFile file(path);
    if (!file.open(QIODevice::ReadOnly))
        return makeError(u"printing.template_unreadable"_s,
                         //: %1: path of the hall template file; %2: the system's reason
                         Text::tr("The hall template %1 cannot be read: %2.").arg(path, file.errorString()));
    QJsonParseError parseError;
    const QJsonDocument document = QJsonDocument::fromJson(file.readAll(), &parseError);
    if (parseError.error != QJsonParseError::NoError)
        return makeError(u"printing.template_syntax"_s,
                         //: %1: path of the hall template file; %2: the JSON parser's reason; %3: byte offset
                         Text::tr("The hall template %1 is not valid JSON: %2 (at byte %3).")
                             .arg(path, parseError.errorString(), QString::number(parseError.offset)));
    if (!document.isObject())
        return makeError(u"printing.template_syntax"_s,
                         //: %1: path of the hall template file
                         Text::tr("The hall template %1 must hold one JSON object.").arg(path));
    return document.object();
}

// An override names only what the hall changes; objects merge key by key, anything else replaces.
QJsonObject mergedOver(QJsonObject base, const QJsonObject &changes)
{
    for (auto it = changes.begin(); it != changes.end(); ++it) {
        const QJsonValue old = base.value(it.key());
        if (old.isObject() && it.value().isObject())
            base.insert(it.key(), mergedOver(old.toObject(), it.value().toObject()));
        else
            base.insert(it.key(), it.value());
    }
    return base;
}

} // namespace

const DocumentWording &HallProfile::wording(DocumentKind kind) const
{
    static const DocumentWording empty;
    const auto it = documents.constFind(kind);
    return it == documents.constEnd() ? empty : *it;
}

QString HallProfile::officeFor(DocumentKind kind) const
{
    const QString own = wording(kind).officeName;
    return own.isEmpty() ? officeName : own;
}

QString HallProfile::lookupUrl(const QString &caseNumber, const QString &publicCode) const
{
    QString url = lookupUrlPattern;
    url.replace(u"{number}"_s, QString::fromLatin1(QUrl::toPercentEncoding(caseNumber)));
    url.replace(u"{code}"_s, QString::fromLatin1(QUrl::toPercentEncoding(publicCode)));
    return url;
}

QString HallProfile::builtInPath()
{
    return builtInDir + u"/hall.json"_s;
}

Result<HallProfile> HallProfile::load(const QString &overridePath)
{
    Result<QJsonObject> builtIn = readObject(builtInPath());
    if (!builtIn)
        return builtIn.error();
    if (overridePath.isEmpty() || !QFileInfo::exists(overridePath))
        return Internal::TemplateReader(builtInPath(), builtInDir).read(builtIn.value());
    const Result<QJsonObject> changes = readObject(overridePath);
    if (!changes)
        return changes.error();
    // A seal image named by the override is found beside the override file.
    const bool ownSeal = changes->value(u"hall"_s).toObject().contains(u"sealImage"_s);
    const QString baseDir = ownSeal ? QFileInfo(overridePath).absolutePath() : builtInDir;
    Result<HallProfile> profile
        = Internal::TemplateReader(overridePath, baseDir).read(mergedOver(builtIn.value(), changes.value()));
    if (profile)
        qCInfo(lcPrinting) << "hall template override in use:" << overridePath;
    return profile;
}

Result<HallProfile> HallProfile::fromJson(const QByteArray &json, const QString &origin, const QString &baseDir)
{
    QJsonParseError parseError;
    const QJsonDocument document = QJsonDocument::fromJson(json, &parseError);
    if (parseError.error != QJsonParseError::NoError || !document.isObject())
        return makeError(u"printing.template_syntax"_s,
                         //: %1: path of the hall template file; %2: the JSON parser's reason; %3: byte offset
                         Text::tr("The hall template %1 is not valid JSON: %2 (at byte %3).")
                             .arg(origin, parseError.errorString(), QString::number(parseError.offset)));
    return Internal::TemplateReader(origin, baseDir).read(document.object());
}

} // namespace OneWindow::Printing
