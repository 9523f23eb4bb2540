#include "pdfreadback.h"

#include <QFileInfo>
#include <QProcess>
#include <QRegularExpression>
#include <QSizeF>
#include <QStandardPaths>

using namespace Qt::StringLiterals;

namespace OneWindow::Test {

QString PdfReadback::missingTools()
{
    QStringList missing;
    for (const QString &tool : { u"pdftotext"_s, u"pdftoppm"_s, u"pdfinfo"_s })
        if (QStandardPaths::findExecutable(tool).isEmpty() && !missing.contains(u"poppler-utils"_s))
            missing.append(u"poppler-utils"_s);
    if (QStandardPaths::findExecutable(u"zbarimg"_s).isEmpty())
        missing.append(u"zbar-tools"_s);
    return missing.isEmpty() ? QString() : u"install "_s + missing.join(u", "_s) + u" to read printed PDFs back"_s;
}

QString PdfReadback::run(const QString &program, const QStringList &arguments)
{
    QProcess process;
    process.start(program, arguments);
    if (!process.waitForFinished(120000))
        return {};
    return QString::fromUtf8(process.readAllStandardOutput());
}

QString PdfReadback::readable(const QString &text)
{
    QString result = text.normalized(QString::NormalizationForm_KC);
    result.remove(QRegularExpression(u"\\s+"_s));
    return result;
}

QString PdfReadback::text(const QString &pdfPath, int firstPage, int lastPage)
{
    QStringList arguments { u"-enc"_s, u"UTF-8"_s };
    if (firstPage > 0)
        arguments << u"-f"_s << QString::number(firstPage);
    if (lastPage > 0)
        arguments << u"-l"_s << QString::number(lastPage);
    arguments << pdfPath << u"-"_s;
    return readable(run(u"pdftotext"_s, arguments));
}

QString PdfReadback::rawText(const QString &pdfPath)
{
    QString text = run(u"pdftotext"_s, { u"-enc"_s, u"UTF-8"_s, pdfPath, u"-"_s });
    text.remove(QRegularExpression(u"\\s+"_s));
    return text;
}

QHash<QString, QString> PdfReadback::info(const QString &pdfPath)
{
    QHash<QString, QString> result;
    const QStringList lines = run(u"pdfinfo"_s, { pdfPath }).split(u'\n');
    for (const QString &line : lines) {
        const qsizetype colon = line.indexOf(u':');
        if (colon > 0)
            result.insert(line.left(colon).trimmed(), line.mid(colon + 1).trimmed());
    }
    return result;
}

QSizeF PdfReadback::pageSizePoints(const QString &pdfPath)
{
    // "Page size:       226.772 x 481.89 pts"
    static const QRegularExpression pattern(u"([0-9.]+) x ([0-9.]+) pts"_s);
    const QRegularExpressionMatch match = pattern.match(info(pdfPath).value(u"Page size"_s));
    return match.hasMatch() ? QSizeF(match.captured(1).toDouble(), match.captured(2).toDouble()) : QSizeF();
}

QString PdfReadback::renderPng(const QString &pdfPath, int page, int dpi, const QString &outputStem)
{
    run(u"pdftoppm"_s,
        { u"-r"_s, QString::number(dpi), u"-png"_s, u"-f"_s, QString::number(page), u"-l"_s, QString::number(page),
          u"-singlefile"_s, pdfPath, outputStem });
    const QString png = outputStem + u".png"_s;
    return QFileInfo::exists(png) ? png : QString();
}

QMultiHash<QString, QString> PdfReadback::decodeCodes(const QString &pdfPath, int page, int dpi)
{
    QMultiHash<QString, QString> codes;
    const QString png = renderPng(pdfPath, page, dpi, pdfPath + u"-page"_s + QString::number(page));
    if (png.isEmpty())
        return codes;
    // Without --raw every line names its symbology: "QR-Code:https://…", "CODE-128:SF01-…".
    const QStringList lines = run(u"zbarimg"_s, { u"-q"_s, png }).split(u'\n', Qt::SkipEmptyParts);
    for (const QString &line : lines) {
        const qsizetype colon = line.indexOf(u':');
        if (colon > 0)
            codes.insert(line.left(colon), line.mid(colon + 1));
    }
    return codes;
}

} // namespace OneWindow::Test
