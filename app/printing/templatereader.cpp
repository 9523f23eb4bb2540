#include "templatereader.h"

#include <QDir>
#include <QJsonArray>

#include "printing/placeholders.h"
#include "text.h"

using namespace Qt::StringLiterals;

namespace OneWindow::Printing::Internal {
namespace {

// Version 1 is the only layout of the template so far; a newer file is refused rather than half-read.
constexpr int supportedVersion = 1;

// Labels and texts every document may use; all must be present (the built-in template has them all).
const QStringList &requiredLabels()
{
    static const QStringList keys { u"caseNumber"_s,
                                    u"issuedAt"_s,
                                    u"item"_s,
                                    u"itemCode"_s,
                                    u"department"_s,
                                    u"applicant"_s,
                                    u"applicantId"_s,
                                    u"phone"_s,
                                    u"agent"_s,
                                    u"agentId"_s,
                                    u"window"_s,
                                    u"staff"_s,
                                    u"materialsHeading"_s,
                                    u"problemsHeading"_s,
                                    u"columnNumber"_s,
                                    u"columnName"_s,
                                    u"columnProvided"_s,
                                    u"columnCopies"_s,
                                    u"columnPages"_s,
                                    u"columnProblem"_s,
                                    u"columnToBring"_s,
                                    u"copies"_s,
                                    u"pages"_s,
                                    u"problem"_s,
                                    u"toBring"_s,
                                    u"none"_s,
                                    u"tracking"_s,
                                    u"scanHint"_s,
                                    u"applicantSignature"_s,
                                    u"signTime"_s,
                                    u"staffLine"_s,
                                    u"sealHint"_s,
                                    u"page"_s,
                                    u"continued"_s };
    return keys;
}

struct DocumentSpec
{
    DocumentKind kind;
    QString key;
    QStringList texts; ///< single texts, besides title/salutation and the paragraph lists body/closing
};

const QList<DocumentSpec> &documentSpecs()
{
    static const QList<DocumentSpec> specs {
        { DocumentKind::AcceptanceNotice,
          u"acceptance"_s,
          { u"limit"_s, u"limitInstant"_s, u"limitUnknown"_s, u"provisional"_s, u"delivery"_s } },
        { DocumentKind::OneTimeNotice, u"oneTime"_s, { u"receivedNote"_s } },
        { DocumentKind::RefusalNotice, u"refusal"_s, { u"basis"_s, u"basisNone"_s, u"appeal"_s } },
        { DocumentKind::MaterialsReceipt, u"receipt"_s, {} },
    };
    return specs;
}

} // namespace

TemplateReader::TemplateReader(QString origin, QString baseDir)
    : m_origin(std::move(origin))
    , m_baseDir(std::move(baseDir))
{
}

Result<HallProfile> TemplateReader::read(const QJsonObject &root)
{
    HallProfile profile;
    profile.origin = m_origin;
    const int version = root.value(u"formatVersion"_s).toInt(-1);
    if (version != supportedVersion) {
        fail(u"printing.template_version"_s,
             //: %1: path of the hall template file; %2: its version; %3: the version this program reads
             Text::tr("The hall template %1 has format version %2; this program reads version %3.")
                 .arg(m_origin, root.value(u"formatVersion"_s).toVariant().toString(),
                      QString::number(supportedVersion)));
        return *m_error;
    }
    readHall(root.value(u"hall"_s).toObject(), profile);
    const QJsonObject formats = root.value(u"formats"_s).toObject();
    profile.dateFormat = text(formats, u"date"_s, u"formats"_s);
    profile.dateTimeFormat = text(formats, u"dateTime"_s, u"formats"_s);
    const QJsonObject fonts = root.value(u"fonts"_s).toObject();
    profile.serifFamilies = families(fonts, u"serif"_s, u"fonts"_s);
    profile.sansFamilies = families(fonts, u"sans"_s, u"fonts"_s);
    readLabels(root.value(u"labels"_s).toObject(), profile);
    readDocuments(root.value(u"documents"_s).toObject(), profile);
    if (m_error)
        return *m_error;
    return profile;
}

void TemplateReader::readHall(const QJsonObject &hall, HallProfile &profile)
{
    const QString path = u"hall"_s;
    profile.hallName = text(hall, u"name"_s, path);
    profile.officeName = text(hall, u"office"_s, path);
    profile.footer = text(hall, u"footer"_s, path, false);
    profile.hotline = text(hall, u"hotline"_s, path, false);
    profile.lookupSite = text(hall, u"lookupSite"_s, path, false);
    profile.reconsiderationBody = text(hall, u"reconsiderationBody"_s, path);
    profile.court = text(hall, u"court"_s, path);
    profile.documentNumberPrefix = text(hall, u"documentNumberPrefix"_s, path, false);
    profile.lookupUrlPattern = hall.value(u"lookupUrl"_s).toString();
    // Without the public code anyone could read any case's progress by trying numbers.
    if (!m_error
        && (!profile.lookupUrlPattern.contains(u"{number}"_s) || !profile.lookupUrlPattern.contains(u"{code}"_s)))
        fail(u"printing.template_lookup_url"_s,
             //: %1: path of the hall template file. Keep hall.lookupUrl, {number} and {code} as they are
             Text::tr("In the hall template %1, \"hall.lookupUrl\" must contain {number} and {code}.").arg(m_origin));
    const QString sealPath = text(hall, u"sealImage"_s, path, false);
    if (!m_error && !sealPath.isEmpty()) {
        const QString file = QDir(m_baseDir).filePath(sealPath);
        if (!profile.seal.load(file))
            fail(u"printing.template_seal"_s,
                 //: %1: path of the hall template file; %2: path of the seal image
                 Text::tr("In the hall template %1, the seal image %2 cannot be read.").arg(m_origin, file));
    }
}

void TemplateReader::readLabels(const QJsonObject &labels, HallProfile &profile)
{
    for (const QString &key : requiredLabels())
        profile.labels.insert(key, text(labels, key, u"labels"_s));
}

void TemplateReader::readDocuments(const QJsonObject &documents, HallProfile &profile)
{
    for (const DocumentSpec &spec : documentSpecs()) {
        const QString path = u"documents."_s + spec.key;
        const QJsonObject object = documents.value(spec.key).toObject();
        DocumentWording wording;
        wording.officeName = text(object, u"office"_s, path, false);
        for (const QString &key : { u"title"_s, u"salutation"_s })
            wording.texts.insert(key, { text(object, key, path) });
        for (const QString &key : { u"body"_s, u"closing"_s })
            wording.texts.insert(key, paragraphs(object, key, path));
        for (const QString &key : spec.texts)
            wording.texts.insert(key, { text(object, key, path) });
        profile.documents.insert(spec.kind, wording);
    }
}

QString TemplateReader::text(const QJsonObject &object, const QString &key, const QString &path, bool required)
{
    if (m_error)
        return {};
    const QJsonValue value = object.value(key);
    if ((value.isUndefined() && !required) || value.isString()) {
        const QString result = value.toString();
        checkPlaceholders(result, path + u'.' + key);
        return result;
    }
    fail(u"printing.template_field"_s,
         //: %1: path of the hall template file; %2: the key, e.g. documents.refusal.appeal
         Text::tr("In the hall template %1, \"%2\" is missing or is not text.").arg(m_origin, path + u'.' + key));
    return {};
}

QStringList TemplateReader::paragraphs(const QJsonObject &object, const QString &key, const QString &path)
{
    const QJsonValue value = object.value(key);
    if (!value.isArray())
        return { text(object, key, path) };
    QStringList result;
    const QJsonArray array = value.toArray();
    for (qsizetype i = 0; i < array.size(); ++i)
        result.append(text(QJsonObject { { key, array.at(i) } }, key, path));
    return result;
}

QStringList TemplateReader::families(const QJsonObject &object, const QString &key, const QString &path)
{
    const QJsonValue value = object.value(key);
    return value.isUndefined() ? QStringList() : paragraphs(object, key, path);
}

void TemplateReader::checkPlaceholders(const QString &text, const QString &path)
{
    const QStringList used = Placeholders::usedIn(text);
    for (const QString &name : used)
        if (!Placeholders::known().contains(name)) {
            fail(u"printing.template_placeholder"_s,
                 //: %1: path of the hall template file; %2: the key; %3: the placeholder name
                 Text::tr("In the hall template %1, \"%2\" uses the unknown placeholder {%3}.")
                     .arg(m_origin, path, name));
            return;
        }
}

void TemplateReader::fail(const QString &code, const QString &message)
{
    if (!m_error)
        m_error = makeError(code, message);
}

} // namespace OneWindow::Printing::Internal
