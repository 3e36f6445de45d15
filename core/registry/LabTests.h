#pragma once

#include "core/Result.h"

#include <QHash>
#include <QList>
#include <QString>
#include <QStringList>

#include <memory>

namespace netdesk {

// The tests a result can be recorded for and their allowed units (resources/registry/lab-tests.json,
// embedded as :/registry/lab-tests.json): data, like the knowledge base. A result in any other unit
// is refused naming the allowed ones; units are never converted (results of different units or
// assays compare as multiples of their own upper limit of normal).
struct LabUnit
{
    QString unit;
    QStringList aliases; // accepted on input, stored as `unit`
    QHash<QString, QString> help;
};

struct LabTest
{
    QString code; // CGA, 5HIAA, NTPROBNP (the results table's kinds)
    QHash<QString, QString> label;
    QList<LabUnit> units;

    QStringList unitNames() const;
    // The stored spelling of `text` (an allowed unit or one of its aliases), or empty.
    QString canonicalUnit(const QString& text) const;
};

struct RecistResponse
{
    QString code; // CR, PR, SD, PD, NE
    QHash<QString, QString> label;
};

struct LabTests
{
    QString version;
    QStringList languages;
    QList<LabTest> tests;
    QHash<QString, QString> imagingLabel;
    QList<RecistResponse> responses;

    const LabTest* test(const QString& code) const;
    QStringList responseCodes() const;
    QString responseLabel(const QString& code, const QString& language) const;

    // Strict: unknown keys, a missing language, a duplicated test, unit or alias, a test the registry
    // cannot store, or a response outside RECIST 1.1 are errors naming the JSON path.
    static Result<std::shared_ptr<const LabTests>> load(const QByteArray& json);
    // The embedded file, loaded once.
    static Result<std::shared_ptr<const LabTests>> embedded();
};

using LabTestsPtr = std::shared_ptr<const LabTests>;

} // namespace netdesk
