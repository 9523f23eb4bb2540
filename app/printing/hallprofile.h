#pragma once

#include <QHash>
#include <QImage>
#include <QMap>
#include <QString>
#include <QStringList>

#include "core/error.h"
#include "printing/noticedata.h"

namespace OneWindow::Printing {

/// The fixed wording of one document: title and paragraphs with {placeholders}, keyed as in
/// the template ("title", "body", "closing"…). A JSON string is one paragraph, an array several.
struct DocumentWording
{
    QHash<QString, QStringList> texts;
    QString officeName; ///< who seals this document; empty = the hall's issuing office

    QString text(const QString &key) const { return texts.value(key).join(QString()); }
    QStringList paragraphs(const QString &key) const { return texts.value(key); }
};

/// What a service hall prints on its notices: its names, seal, hotline, the progress-lookup
/// address, the appeal bodies and the official wording of each document. Built in for the demo
/// hall (:/templates/hall.json); a hall adapts it without rebuilding by putting its own
/// hall.json in the data folder, which is merged over the built-in one key by key.
/// Loading checks every text and placeholder, so a broken template fails when it is loaded,
/// with the key to fix, not halfway through printing a notice.
struct HallProfile
{
    QString hallName;
    QString officeName; ///< the issuing office, printed on the seal line
    QImage seal; ///< the office's seal; null = a seal area is drawn instead
    QString footer;
    QString hotline;
    QString lookupUrlPattern; ///< with {number} (case number) and {code} (public code)
    QString lookupSite; ///< the lookup address as people read it, without the query
    QString reconsiderationBody; ///< 行政复议机关
    QString court; ///< 人民法院 for 行政诉讼
    QString documentNumberPrefix; ///< "示范": intake builds document numbers from it
    QString dateFormat; ///< QDate::toString() format, e.g. "yyyy年M月d日"
    QString dateTimeFormat;
    QStringList serifFamilies; ///< preference order; the first installed one is used
    QStringList sansFamilies;
    QHash<QString, QString> labels; ///< field labels and texts shared by all documents
    QMap<DocumentKind, DocumentWording> documents;
    QString origin; ///< where it was loaded from, for messages

    QString label(const QString &key) const { return labels.value(key); }
    const DocumentWording &wording(DocumentKind kind) const;
    QString officeFor(DocumentKind kind) const;
    /// The QR content: the pattern with the case number and public code filled in (percent-encoded).
    QString lookupUrl(const QString &caseNumber, const QString &publicCode) const;

    /// Path of the built-in template.
    static QString builtInPath();
    /// The built-in template, with `overridePath` merged over it when that file exists (a missing
    /// file is not an error: most halls keep the default). A malformed override is an error.
    static Result<HallProfile> load(const QString &overridePath = {});
    /// Parses a whole template (no merging); `baseDir` resolves a relative seal image path.
    static Result<HallProfile> fromJson(const QByteArray &json, const QString &origin, const QString &baseDir);
};

} // namespace OneWindow::Printing
