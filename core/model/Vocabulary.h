#pragma once

#include <QStringList>

// The closed value sets of the case format (docs: interchange, case v1). These are format
// vocabulary, not clinical rules. The therapy, warning and factor code lists are data too.
namespace netdesk::vocab {

const QStringList& primarySites();
const QStringList& differentiations();
const QStringList& grades();
const QStringList& lungHistologies();
const QStringList& necHistologies();
const QStringList& functionalSyndromes();
const QStringList& sstrImagingValues();
const QStringList& diseaseStatuses();
const QStringList& sexes();
const QStringList& priorSurgeries();
const QStringList& metastasisSites();
const QStringList& categories();
const QStringList& roles();
const QStringList& strengths();
const QStringList& avoidSeverities();
const QStringList& warningSeverities();
const QStringList& reviewStates();
// How far a cited statement was read in its source (the knowledge base's reference list).
const QStringList& referenceStatuses();
const QStringList& labTests();
const QStringList& imagingModalities();

// The code lists of the interchange formats (resources/interchange/codes.json, embedded).
const QStringList& therapyCodes();
const QStringList& warningCodes();
const QStringList& factorCodes();

bool isLungScheme(const QString& primarySite);

} // namespace netdesk::vocab
