#pragma once

#include <QDate>
#include <QJsonObject>
#include <QString>
#include <QStringList>

#include <optional>

namespace netdesk {

struct PatientIdentity
{
    QString id;
    QString familyName;
    QString givenName;
    std::optional<QDate> birthDate;
    QString sex; // empty when not given
};

struct Metastases
{
    bool liver = false;
    bool bone = false;
    bool lung = false;
    bool peritoneum = false;
    bool distantLymphNodes = false;
    bool brain = false;
    std::optional<int> liverLesionCount;
    std::optional<double> largestLiverLesionCm;
    std::optional<double> liverInvolvementPercent;
};

// A validated case (netdesk.case/1). Optional fields left out stay empty; documented defaults
// (functionalSyndrome none, sstrImaging not_done, booleans false) are applied by the reader.
struct Case
{
    QDate assessmentDate; // the case's date, or "today" when the case gives none
    bool assessmentDateGiven = false;
    PatientIdentity patient;
    QString primarySite;
    QString differentiation;
    std::optional<double> ki67;
    std::optional<double> mitoses;
    QString reportedGrade; // the case's "grade" field; empty when not given
    QString lungHistology;
    std::optional<bool> necrosis;
    QString necHistology;
    QString functionalSyndrome = QStringLiteral("none");
    bool uncontrolledSyndrome = false;
    QString sstrImaging = QStringLiteral("not_done");
    QString diseaseStatus;
    int ecog = 0;
    Metastases metastases;
    std::optional<double> resectableFraction;
    bool primaryResected = false;
    bool completeResection = false;
    QStringList priorSurgery;
    QStringList priorTherapies;
    bool neuroSymptoms = false;
    bool ecogDueToDisease = false; // the poor performance status is caused by the cancer itself
    bool ppiUse = false;
    bool renalImpairment = false;

    // Whole years between birth and assessment date, when the birth date is known.
    std::optional<int> ageYears() const;
};

} // namespace netdesk
