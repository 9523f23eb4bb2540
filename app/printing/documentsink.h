#pragma once

#include <QList>
#include <QString>
#include <QStringList>

#include "printing/headerblock.h"
#include "printing/signatureblock.h"

namespace OneWindow::Printing::Internal {

/// One "label: value" fact of the case (受理编号, 事项名称…).
struct NoticeField
{
    QString label;
    QString value;
    bool wide = false; ///< long values (item name, address) take a whole row of the A4 grid
};

/// A list of materials: the A4 table's columns and rows, and the receipt's lines for the same rows.
struct MaterialsList
{
    QString heading;
    QStringList columns;
    QList<qreal> widths; ///< fractions of the width, one per column
    QList<Qt::Alignment> alignments; ///< one per column: numbers centred, texts from the left
    struct Row
    {
        QStringList cells; ///< one per column; cells[0] is the number, cells[1] the name
        QStringList details; ///< the receipt's second line(s), already labelled
    };
    QList<Row> rows;
};

/// What the composer says, section by section, and a paper layout turns into blocks. The
/// composer decides what a document contains (once, for every layout); a sink decides how
/// it looks on its paper (A4 tables or receipt lines, where the codes go).
class DocumentSink
{
public:
    virtual ~DocumentSink() = default;
    virtual void header(const HeaderContent &content) = 0;
    virtual void salutation(const QString &text) = 0;
    /// A body paragraph, indented two characters as official text is.
    virtual void paragraph(const QString &text) = 0;
    virtual void fields(const QList<NoticeField> &fields) = 0;
    virtual void materials(const MaterialsList &list) = 0;
    /// Where the receipt prints its codes (A4 has them in the header).
    virtual void codes() = 0;
    virtual void signature(const SignatureContent &content) = 0;
};

} // namespace OneWindow::Printing::Internal
