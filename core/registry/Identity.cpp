#include "core/registry/Identity.h"

namespace netdesk {

namespace {

QString nameKey(const QString& name)
{
    return name.normalized(QString::NormalizationForm_C).simplified().toCaseFolded();
}

QString who(const PatientRecord& p)
{
    QString text = p.familyName + QStringLiteral(", ") + p.givenName;
    if (p.birthDate.isValid())
        text += QStringLiteral(", born ") + p.birthDate.toString(Qt::ISODate);
    return text;
}

Problem conflict(const QString& field, const QString& given, const QString& registered, const PatientRecord& known)
{
    return {field,
            QStringLiteral("\"%1\" differs from the registry's \"%2\" for %3 (%4); is this the right patient? "
                           "A correction of the registry's identity is its own, audited action")
                .arg(given, registered, known.recordNumber, who(known))};
}

} // namespace

IdentityClaim identityClaimFromCase(const QJsonObject& casePatient)
{
    const auto text = [&](const char* key) { return casePatient.value(QLatin1String(key)).toString().trimmed(); };
    return {text("id"), text("familyName"), text("givenName"), text("birthDate"), text("sex")};
}

bool sameName(const QString& a, const QString& b)
{
    return nameKey(a) == nameKey(b);
}

Problems identityConflicts(const PatientRecord& known, const IdentityClaim& claim)
{
    Problems problems;
    if (!claim.id.isEmpty() && claim.id.compare(known.recordNumber, Qt::CaseInsensitive) != 0)
        problems << conflict(QStringLiteral("patient.id"), claim.id, known.recordNumber, known);
    if (!claim.familyName.isEmpty() && !sameName(claim.familyName, known.familyName))
        problems << conflict(QStringLiteral("patient.familyName"), claim.familyName, known.familyName, known);
    if (!claim.givenName.isEmpty() && !sameName(claim.givenName, known.givenName))
        problems << conflict(QStringLiteral("patient.givenName"), claim.givenName, known.givenName, known);
    // Without a registered birth date there is nothing to contradict.
    if (!claim.birthDate.isEmpty() && known.birthDate.isValid() &&
        claim.birthDate != known.birthDate.toString(Qt::ISODate))
        problems << conflict(QStringLiteral("patient.birthDate"), claim.birthDate,
                             known.birthDate.toString(Qt::ISODate), known);
    const bool claimKnown = !claim.sex.isEmpty() && claim.sex != QLatin1String("unknown");
    if (claimKnown && known.sex != QLatin1String("unknown") && claim.sex != known.sex)
        problems << conflict(QStringLiteral("patient.sex"), claim.sex, known.sex, known);
    return problems;
}

QJsonObject identityCompleted(const PatientRecord& known, QJsonObject casePatient)
{
    const auto fill = [&](const char* key, const QString& value) {
        if (!value.isEmpty() && casePatient.value(QLatin1String(key)).toString().trimmed().isEmpty())
            casePatient.insert(QLatin1String(key), value);
    };
    fill("id", known.recordNumber);
    fill("familyName", known.familyName);
    fill("givenName", known.givenName);
    if (known.birthDate.isValid())
        fill("birthDate", known.birthDate.toString(Qt::ISODate));
    if (known.sex != QLatin1String("unknown") &&
        casePatient.value(QStringLiteral("sex")).toString() == QLatin1String("unknown"))
        casePatient.remove(QStringLiteral("sex"));
    if (known.sex != QLatin1String("unknown"))
        fill("sex", known.sex);
    return casePatient;
}

} // namespace netdesk
