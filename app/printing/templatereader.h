#pragma once

#include <QJsonObject>
#include <QString>

#include <optional>

#include "core/error.h"
#include "printing/hallprofile.h"

namespace OneWindow::Printing::Internal {

/// Turns a template's JSON object into a HallProfile, checking as it goes: every text the
/// documents need is present and is text, every {placeholder} is one the documents fill in, the
/// lookup URL carries the case number and the public code, the seal image (if named) loads.
/// Stops at the first problem and names its key ("documents.refusal.appeal").
class TemplateReader
{
public:
    TemplateReader(QString origin, QString baseDir);

    Result<HallProfile> read(const QJsonObject &root);

private:
    QString text(const QJsonObject &object, const QString &key, const QString &path, bool required = true);
    QStringList paragraphs(const QJsonObject &object, const QString &key, const QString &path);
    QStringList families(const QJsonObject &object, const QString &key, const QString &path);
    void checkPlaceholders(const QString &text, const QString &path);
    void fail(const QString &code, const QString &message);
    void readHall(const QJsonObject &hall, HallProfile &profile);
    void readLabels(const QJsonObject &labels, HallProfile &profile);
    void readDocuments(const QJsonObject &documents, HallProfile &profile);

    QString m_origin;
    QString m_baseDir;
    std::optional<Error> m_error;
};

} // namespace OneWindow::Printing::Internal
