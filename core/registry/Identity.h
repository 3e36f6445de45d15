#pragma once

#include "core/Result.h"
#include "core/registry/Records.h"

#include <QJsonObject>
#include <QString>

namespace netdesk {

// Who a case (or the wizard's first page) says the patient is. Empty fields say nothing.
struct IdentityClaim
{
    QString id; // the record number the case names
    QString familyName;
    QString givenName;
    QString birthDate; // YYYY-MM-DD as typed
    QString sex;
};

IdentityClaim identityClaimFromCase(const QJsonObject& casePatient);

// Names compare as a person reads them: case, surrounding and repeated spaces and Unicode
// composition do not count ("van der  Berg" = "Van der Berg"); anything else does.
bool sameName(const QString& a, const QString& b);

// Every field of the claim that contradicts the registry's patient, each a problem on the case's
// field ("patient.familyName") that names both values. A claim of sex "unknown", or a registry
// sex "unknown", contradicts nothing. The one check behind the wizard's first page and every
// registry assessment, so no caller can attach a case to the wrong person.
Problems identityConflicts(const PatientRecord& known, const IdentityClaim& claim);

// The case's patient object completed with the registry's identity (what the case leaves out),
// so a stored case always says whose it is.
QJsonObject identityCompleted(const PatientRecord& known, QJsonObject casePatient);

} // namespace netdesk
