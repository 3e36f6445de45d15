#include "ui/wizard/CaseWizard.h"

#include "core/guideline/Classification.h"
#include "core/guideline/Engine.h"
#include "core/i18n/Language.h"
#include "core/interop/PlanJson.h"
#include "core/model/CaseDraft.h"
#include "core/model/CaseReader.h"
#include "core/model/Vocabulary.h"
#include "core/registry/Identity.h"
#include "core/registry/Registry.h"
#include "ui/plan/PlanView.h"

#include <QCheckBox>
#include <QComboBox>
#include <QCoreApplication>
#include <QFormLayout>
#include <QJsonArray>
#include <QLabel>
#include <QLineEdit>
#include <QListWidget>
#include <QSet>
#include <QSignalBlocker>
#include <QVBoxLayout>

namespace netdesk {

namespace {

// One wizard page over the shared draft: its fields, each with an inline error label, complete
// when none of its fields has a problem.
class DraftPage : public QWizardPage
{
public:
    DraftPage(CaseDraft& draft, const QString& title, const QString& subtitle)
        : m_draft(draft)
    {
        setTitle(title);
        setSubTitle(subtitle);
        m_form = new QFormLayout(this);
        connect(&m_draft, &CaseDraft::changed, this, [this] { refresh(); });
    }

    bool isComplete() const override
    {
        return m_draft.problemsFor(m_fields).isEmpty() && extraProblems().isEmpty() && extraComplete();
    }

protected:
    virtual bool extraComplete() const { return true; }
    // Problems the page finds beyond the case reader's (the registry's identity), shown the same way.
    virtual Problems extraProblems() const { return {}; }
    virtual void refreshExtra() {}

    CaseDraft& m_draft;
    QFormLayout* m_form = nullptr;
    QStringList m_fields;
    QHash<QString, QLabel*> m_errors;
    QHash<QString, QWidget*> m_editors; // a field's reason is also its editor's accessible description
    QHash<QString, QLabel*> m_prefill;

    QLabel* errorLabel(const QString& field)
    {
        auto* label = new QLabel(this);
        label->setObjectName(QStringLiteral("error_") + QString(field).replace(u'.', u'_'));
        label->setWordWrap(true);
        label->setStyleSheet(QStringLiteral("color: #a40000;"));
        label->setVisible(false);
        m_errors.insert(field, label);
        m_fields << field;
        return label;
    }

    void addRow(const QString& label, QWidget* editor, const QString& field)
    {
        editor->setObjectName(QStringLiteral("field_") + QString(field).replace(u'.', u'_'));
        editor->setAccessibleName(label);
        m_editors.insert(field, editor);
        auto* box = new QWidget(this);
        auto* v = new QVBoxLayout(box);
        v->setContentsMargins(0, 0, 0, 0);
        v->addWidget(editor);
        v->addWidget(errorLabel(field));
        // Where a pre-filled value came from, until the user edits it or confirms the page.
        auto* note = new QLabel(box);
        note->setObjectName(QStringLiteral("prefill_") + QString(field).replace(u'.', u'_'));
        note->setWordWrap(true);
        note->setStyleSheet(QStringLiteral("color: #0b4f8a; font-style: italic;"));
        note->setVisible(false);
        v->addWidget(note);
        m_prefill.insert(field, note);
        m_form->addRow(label, box);
    }

    // Next confirms the page: its pre-filled values are the user's from now on.
    bool validatePage() override
    {
        m_draft.confirm(m_fields);
        return true;
    }

    QComboBox* combo(const QString& label, const QString& field, const QStringList& values, const QString& emptyText)
    {
        auto* c = new QComboBox(this);
        if (!emptyText.isEmpty())
            c->addItem(emptyText, QString());
        for (const QString& v : values)
            c->addItem(QString(v).replace(u'_', u' '), v);
        const QString current = m_draft.value(field).toString();
        if (!current.isEmpty())
            c->setCurrentIndex(c->findData(current));
        else if (emptyText.isEmpty() && !values.isEmpty())
            m_draft.set(field, values.front());
        connect(c, &QComboBox::currentIndexChanged, this, [this, c, field] {
            const QString v = c->currentData().toString();
            m_draft.set(field, v.isEmpty() ? QJsonValue(QJsonValue::Undefined) : QJsonValue(v));
        });
        addRow(label, c, field);
        return c;
    }

    // A number typed as text: what is not a number is kept as text so the reader names it.
    QLineEdit* number(const QString& label, const QString& field, const QString& placeholder)
    {
        auto* e = new QLineEdit(this);
        e->setPlaceholderText(placeholder);
        const QJsonValue current = m_draft.value(field);
        if (current.isDouble())
            e->setText(QString::number(current.toDouble()));
        connect(e, &QLineEdit::textChanged, this, [this, field](const QString& text) {
            const QString t = text.trimmed();
            bool ok = false;
            const double d = QString(t).replace(u',', u'.').toDouble(&ok);
            m_draft.set(field, t.isEmpty() ? QJsonValue(QJsonValue::Undefined) : ok ? QJsonValue(d) : QJsonValue(t));
        });
        addRow(label, e, field);
        return e;
    }

    QCheckBox* check(const QString& label, const QString& field)
    {
        auto* c = new QCheckBox(label, this);
        c->setChecked(m_draft.value(field).toBool());
        connect(c, &QCheckBox::toggled, this, [this, field](bool on) {
            m_draft.set(field, on ? QJsonValue(true) : QJsonValue(QJsonValue::Undefined));
        });
        addRow(QString(), c, field);
        return c;
    }

    QListWidget* checkList(const QString& label, const QString& field, const QStringList& values)
    {
        auto* list = new QListWidget(this);
        const QJsonArray current = m_draft.value(field).toArray();
        for (const QString& v : values) {
            auto* item = new QListWidgetItem(v, list);
            item->setFlags(item->flags() | Qt::ItemIsUserCheckable);
            item->setCheckState(current.contains(v) ? Qt::Checked : Qt::Unchecked);
        }
        list->setMaximumHeight(120);
        // Values set elsewhere (the therapy lines of a record typed on the first page) show here.
        connect(&m_draft, &CaseDraft::changed, list, [this, list, field] {
            const QJsonArray now = m_draft.value(field).toArray();
            const QSignalBlocker keep(list);
            for (int i = 0; i < list->count(); ++i)
                list->item(i)->setCheckState(now.contains(list->item(i)->text()) ? Qt::Checked : Qt::Unchecked);
        });
        connect(list, &QListWidget::itemChanged, this, [this, list, field] {
            QJsonArray chosen;
            for (int i = 0; i < list->count(); ++i)
                if (list->item(i)->checkState() == Qt::Checked)
                    chosen.append(list->item(i)->text());
            m_draft.set(field, chosen.isEmpty() ? QJsonValue(QJsonValue::Undefined) : QJsonValue(chosen));
        });
        addRow(label, list, field);
        return list;
    }

    void refresh()
    {
        const Problems problems = m_draft.problemsFor(m_fields) + extraProblems();
        for (auto it = m_errors.begin(); it != m_errors.end(); ++it) {
            QStringList lines;
            for (const Problem& p : problems) {
                if (p.where == it.key() || p.where.startsWith(it.key() + u'.') || p.where.startsWith(it.key() + u'['))
                    lines << p.toString();
            }
            it.value()->setText(lines.join(u'\n'));
            it.value()->setVisible(!lines.isEmpty());
            if (QWidget* editor = m_editors.value(it.key()))
                editor->setAccessibleDescription(lines.join(u'\n'));
        }
        for (auto it = m_prefill.begin(); it != m_prefill.end(); ++it) {
            const QStringList notes = m_draft.prefillNotes(it.key());
            it.value()->setText(notes.isEmpty() ? QString() : QObject::tr("Pre-filled: %1").arg(notes.join(QStringLiteral("; "))));
            it.value()->setVisible(!notes.isEmpty());
        }
        refreshExtra();
        emit completeChanged();
    }
};

class PatientPage final : public DraftPage
{
public:
    PatientPage(CaseDraft& draft, Registry& registry, const QString& record)
        : DraftPage(draft, QObject::tr("Patient"), QObject::tr("Who is assessed, and when."))
        , m_registry(registry)
    {
        m_record = new QLineEdit(this);
        m_record->setObjectName(QStringLiteral("field_record"));
        m_record->setAccessibleName(QObject::tr("Record number"));
        m_record->setText(record);
        m_record->setReadOnly(!record.isEmpty());
        m_form->addRow(QObject::tr("Record number"), m_record);
        registerField(QStringLiteral("record*"), m_record);
        // The registry's identity of a known record, read-only, as soon as the number is typed.
        m_existing = new QLabel(this);
        m_existing->setObjectName(QStringLiteral("existingPatient"));
        m_existing->setWordWrap(true);
        m_existing->setTextInteractionFlags(Qt::TextSelectableByKeyboard | Qt::TextSelectableByMouse);
        m_existing->setVisible(false);
        m_form->addRow(m_existing);
        m_family = text(QObject::tr("Family name"), QStringLiteral("patient.familyName"), {});
        m_given = text(QObject::tr("Given name"), QStringLiteral("patient.givenName"), {});
        m_birth = text(QObject::tr("Birth date"), QStringLiteral("patient.birthDate"), QStringLiteral("YYYY-MM-DD"));
        m_sex = combo(QObject::tr("Sex"), QStringLiteral("patient.sex"), vocab::sexes(), QObject::tr("(not given)"));
        text(QObject::tr("Assessment date"), QStringLiteral("assessmentDate"), {});
        m_nameHint = new QLabel(QObject::tr("A new patient needs a family and a given name."), this);
        m_nameHint->setObjectName(QStringLiteral("nameRequired"));
        m_form->addRow(m_nameHint);
        connect(m_record, &QLineEdit::textChanged, this, [this] { lookUp(); });
        lookUp();
    }

protected:
    // A new patient is registered on Finish, which needs both names.
    bool extraComplete() const override
    {
        if (m_known)
            return m_known->status == QLatin1String("active");
        return !m_draft.value(QStringLiteral("patient.familyName")).toString().trimmed().isEmpty() &&
               !m_draft.value(QStringLiteral("patient.givenName")).toString().trimmed().isEmpty();
    }
    Problems extraProblems() const override
    {
        if (!m_known)
            return {};
        return identityConflicts(*m_known, identityClaimFromCase(m_draft.value(QStringLiteral("patient")).toObject()));
    }
    void refreshExtra() override
    {
        if (!m_nameHint)
            return;
        m_nameHint->setVisible(!m_known && !extraComplete());
        if (m_filling)
            return;
        // A known patient's identity fields show the registry's values; one the user typed
        // differently stays editable with the conflict shown under it until it is corrected.
        const Problems conflicts = extraProblems();
        const auto conflicting = [&](const QString& field) {
            for (const Problem& p : conflicts)
                if (p.where == field)
                    return true;
            return false;
        };
        for (const auto& [edit, field] : {std::pair{m_family, QStringLiteral("patient.familyName")},
                                          std::pair{m_given, QStringLiteral("patient.givenName")},
                                          std::pair{m_birth, QStringLiteral("patient.birthDate")}}) {
            if (edit)
                edit->setReadOnly(m_known && !conflicting(field));
        }
        if (m_sex)
            m_sex->setEnabled(!m_known || conflicting(QStringLiteral("patient.sex")));
    }

private:
    QLineEdit* text(const QString& label, const QString& field, const QString& placeholder)
    {
        auto* edit = new QLineEdit(this);
        edit->setPlaceholderText(placeholder);
        edit->setText(m_draft.value(field).toString());
        addRow(label, edit, field);
        connect(edit, &QLineEdit::textChanged, this, [this, field](const QString& t) {
            m_draft.set(field, t.isEmpty() ? QJsonValue(QJsonValue::Undefined) : QJsonValue(t));
            // Emptying a known patient's field brings the registry's value back.
            if (t.isEmpty() && m_known && !m_filling)
                fillFromRegistry();
        });
        return edit;
    }

    void lookUp()
    {
        const QString record = m_record->text().trimmed();
        std::optional<PatientRecord> known;
        if (!record.isEmpty()) {
            const auto found = m_registry.patient(record);
            if (found.ok())
                known = found.value();
        }
        const bool wasKnown = m_known.has_value();
        m_known = known;
        if (m_known) {
            QString line = QObject::tr("Existing patient: %1, %2, born %3, %4")
                               .arg(m_known->familyName, m_known->givenName,
                                    m_known->birthDate.isValid() ? m_known->birthDate.toString(Qt::ISODate)
                                                                 : QObject::tr("unknown"),
                                    sexInWords(m_known->sex));
            if (m_known->status != QLatin1String("active"))
                line += u'\n' + QObject::tr("This patient is %1 (since %2): assessments are for active patients.")
                                    .arg(statusInWords(m_known->status), m_known->statusDate.toString(Qt::ISODate));
            m_existing->setText(line);
            fillFromRegistry();
        } else if (wasKnown) {
            // Another number: what the registry filled in must not follow it to a new patient.
            m_filling = true;
            for (QLineEdit* edit : {m_family, m_given, m_birth})
                if (m_filledFromRegistry.contains(edit))
                    edit->clear();
            if (m_filledFromRegistry.contains(m_sex))
                m_sex->setCurrentIndex(0);
            m_filledFromRegistry.clear();
            if (m_therapiesFromLines) {
                m_draft.set(QStringLiteral("priorTherapies"), QJsonValue(QJsonValue::Undefined));
                m_therapiesFromLines = false;
            }
            m_filling = false;
        }
        m_existing->setVisible(m_known.has_value());
        refresh();
    }

    // Empty identity fields take the registry's values (the case takes the registry's identity).
    void fillFromRegistry()
    {
        m_filling = true;
        const auto fill = [&](QLineEdit* edit, const QString& value) {
            if (edit->text().trimmed().isEmpty() && !value.isEmpty()) {
                edit->setText(value);
                m_filledFromRegistry.insert(edit);
            }
        };
        fill(m_family, m_known->familyName);
        fill(m_given, m_known->givenName);
        fill(m_birth, m_known->birthDate.isValid() ? m_known->birthDate.toString(Qt::ISODate) : QString());
        // A new assessment takes its prior therapies from the therapy lines (still editable).
        if (!m_draft.value(QStringLiteral("priorTherapies")).isArray()) {
            const auto prior = m_registry.priorTherapies(m_known->recordNumber);
            if (prior.ok() && !prior.value().isEmpty()) {
                m_draft.set(QStringLiteral("priorTherapies"), QJsonArray::fromStringList(prior.value()));
                m_draft.addPrefilled(QStringLiteral("priorTherapies"), QObject::tr("from the therapy lines"));
                m_therapiesFromLines = true;
            }
        }
        const QString sex = m_draft.value(QStringLiteral("patient.sex")).toString();
        if ((sex.isEmpty() || sex == QLatin1String("unknown")) && m_known->sex != QLatin1String("unknown")) {
            m_sex->setCurrentIndex(m_sex->findData(m_known->sex));
            m_filledFromRegistry.insert(m_sex);
        }
        m_filling = false;
        refresh();
    }

    static QString sexInWords(const QString& sex)
    {
        if (sex == QLatin1String("female"))
            return QObject::tr("female");
        if (sex == QLatin1String("male"))
            return QObject::tr("male");
        if (sex == QLatin1String("other"))
            return QObject::tr("other");
        return QObject::tr("sex unknown");
    }
    static QString statusInWords(const QString& status)
    {
        if (status == QLatin1String("deceased"))
            return QObject::tr("deceased");
        if (status == QLatin1String("transferred"))
            return QObject::tr("transferred");
        return status;
    }

    Registry& m_registry;
    QLineEdit* m_record = nullptr;
    QLabel* m_existing = nullptr;
    QLineEdit* m_family = nullptr;
    QLineEdit* m_given = nullptr;
    QLineEdit* m_birth = nullptr;
    QComboBox* m_sex = nullptr;
    QLabel* m_nameHint = nullptr;
    std::optional<PatientRecord> m_known;
    QSet<QWidget*> m_filledFromRegistry;
    bool m_therapiesFromLines = false;
    bool m_filling = false;
};

class PathologyPage final : public DraftPage
{
public:
    PathologyPage(CaseDraft& draft, const GradingRules& grading)
        : DraftPage(draft, QObject::tr("Pathology"),
                    QObject::tr("Differentiation and proliferation; the grade is derived as you type."))
        , m_grading(grading)
    {
        combo(QObject::tr("Differentiation"), QStringLiteral("differentiation"), vocab::differentiations(), QString());
        number(QObject::tr("Ki-67 (%)"), QStringLiteral("ki67"), QObject::tr("0–100"));
        number(QObject::tr("Mitoses per 2 mm²"), QStringLiteral("mitoses"), QObject::tr("≥ 0"));
        combo(QObject::tr("Reported grade"), QStringLiteral("grade"), vocab::grades(), QObject::tr("(not reported)"));
        combo(QObject::tr("Lung/thymus histology"), QStringLiteral("lungHistology"), vocab::lungHistologies(),
              QObject::tr("(not lung/thymus)"));
        combo(QObject::tr("NEC histology"), QStringLiteral("necHistology"), vocab::necHistologies(),
              QObject::tr("(not given)"));
        check(QObject::tr("Necrosis (lung/thymus)"), QStringLiteral("necrosis"));
        m_derived = new QLabel(this);
        m_derived->setObjectName(QStringLiteral("derivedGrade"));
        m_derived->setWordWrap(true);
        m_form->addRow(QObject::tr("Derived"), m_derived);
        refresh();
    }

protected:
    void refreshExtra() override
    {
        if (!m_derived) // still being built
            return;
        // The live classification, on the case as it stands (the site defaults to a digestive one).
        QJsonObject probe = m_draft.object();
        if (!probe.contains(QStringLiteral("primarySite")))
            probe.insert(QStringLiteral("primarySite"), QStringLiteral("other"));
        for (const char* key : {"diseaseStatus", "ecog", "metastases"})
            if (!probe.contains(QLatin1String(key)))
                probe.insert(QLatin1String(key), key == QByteArray("ecog") ? QJsonValue(0)
                                                 : key == QByteArray("metastases")
                                                     ? QJsonValue(QJsonObject{{QStringLiteral("liver"), true}})
                                                     : QJsonValue(QStringLiteral("stable")));
        const auto c = CaseReader::fromObject(probe, {QDate::currentDate().addYears(100), {}});
        if (!c.ok()) {
            m_derived->setText(QObject::tr("(enter differentiation and Ki-67, mitoses or a reported grade)"));
            return;
        }
        const Classification cl = classify(c.value(), m_grading, installedLanguage(*QCoreApplication::instance()));
        QString text =
            QObject::tr("%1, grade %2").arg(cl.category, cl.grade.isEmpty() ? QObject::tr("not graded") : cl.grade);
        if (cl.ki67NearCutoff)
            text += QObject::tr("\n⚠ Ki-67 within 1 point of the %1 % cut-off: a recount may change the plan")
                        .arg(*cl.nearestCutoff);
        if (cl.gradeDiscordant)
            text += QObject::tr("\n⚠ reported grade differs from Ki-67/mitoses; the higher is used");
        if (cl.differentiationConflict)
            text += QObject::tr("\n⚠ poor differentiation with low proliferation: pathology review");
        if (cl.histologyDiscordant)
            text += QObject::tr("\n⚠ histology, mitoses and differentiation disagree");
        m_derived->setText(text);
    }

private:
    GradingRules m_grading;
    QLabel* m_derived = nullptr;
};

class SitePage final : public DraftPage
{
public:
    explicit SitePage(CaseDraft& draft)
        : DraftPage(draft, QObject::tr("Primary site and function"),
                    QObject::tr("Where the tumour started, and whether it makes hormones that cause symptoms."))
    {
        combo(QObject::tr("Primary site"), QStringLiteral("primarySite"), vocab::primarySites(), QString());
        combo(QObject::tr("Hormonal syndrome"), QStringLiteral("functionalSyndrome"), vocab::functionalSyndromes(),
              QString());
        check(QObject::tr("Syndrome not controlled on current therapy"), QStringLiteral("uncontrolledSyndrome"));
        refresh();
    }
};

class BurdenPage final : public DraftPage
{
public:
    explicit BurdenPage(CaseDraft& draft)
        : DraftPage(draft, QObject::tr("Metastatic burden"),
                    QObject::tr("Sites of metastatic disease (at least one: stage IV)."))
    {
        for (const QString& site : vocab::metastasisSites())
            check(QObject::tr("Metastases: %1").arg(site), QStringLiteral("metastases.") + site);
        number(QObject::tr("Liver lesions"), QStringLiteral("metastases.liverLesionCount"), QObject::tr("count ≥ 1"));
        number(QObject::tr("Largest liver lesion (cm)"), QStringLiteral("metastases.largestLiverLesionCm"),
               QObject::tr("> 0, ≤ 40"));
        number(QObject::tr("Liver involvement (%)"), QStringLiteral("metastases.liverInvolvementPercent"),
               QObject::tr("0–100"));
        number(QObject::tr("Resectable fraction (%)"), QStringLiteral("resectableFraction"), QObject::tr("0–100"));
        m_fields << QStringLiteral("metastases");
        m_errors.insert(QStringLiteral("metastases"), errorLabel(QStringLiteral("metastases")));
        m_form->addRow(QString(), m_errors.value(QStringLiteral("metastases")));
        refresh();
    }
};

class StatusPage final : public DraftPage
{
public:
    StatusPage(CaseDraft& draft, const QStringList& therapyCodes)
        : DraftPage(draft, QObject::tr("Clinical status"),
                    QObject::tr("Performance status, disease course, SSTR imaging and treatment so far."))
    {
        combo(QObject::tr("ECOG"), QStringLiteral("ecog"), {}, QString());
        auto* ecog = findChild<QComboBox*>(QStringLiteral("field_ecog"));
        {
            const QSignalBlocker filling(ecog); // filling the list is not a choice (keeps a pre-filled note)
            for (int i = 0; i <= 4; ++i)
                ecog->addItem(QString::number(i), i);
            ecog->setCurrentIndex(
                m_draft.value(QStringLiteral("ecog")).isDouble() ? m_draft.value(QStringLiteral("ecog")).toInt() : 0);
        }
        connect(ecog, &QComboBox::currentIndexChanged, this,
                [this, ecog] { m_draft.set(QStringLiteral("ecog"), ecog->currentData().toInt()); });
        m_draft.set(QStringLiteral("ecog"), ecog->currentData().toInt());
        // Whether a poor performance status is caused by the cancer itself (clinical.md §6): asked
        // only with ECOG 2 or more, and cleared when ECOG drops below 2 (the reader refuses it there).
        const QString dueLabel = QObject::tr("Poor performance status caused by the cancer itself");
        QCheckBox* due = check(dueLabel, QStringLiteral("ecogDueToDisease"));
        due->setAccessibleName(dueLabel);
        const auto showDue = [ecog, due] {
            const bool poor = ecog->currentData().toInt() >= 2;
            if (!poor && due->isChecked())
                due->setChecked(false);
            due->setVisible(poor);
        };
        connect(ecog, &QComboBox::currentIndexChanged, this, showDue);
        showDue();
        combo(QObject::tr("Disease status"), QStringLiteral("diseaseStatus"), vocab::diseaseStatuses(), QString());
        combo(QObject::tr("SSTR imaging"), QStringLiteral("sstrImaging"), vocab::sstrImagingValues(), QString());
        check(QObject::tr("Primary tumour resected"), QStringLiteral("primaryResected"));
        check(QObject::tr("Complete (R0/R1) resection, no evidence of disease"), QStringLiteral("completeResection"));
        checkList(QObject::tr("Prior surgery"), QStringLiteral("priorSurgery"), vocab::priorSurgeries());
        checkList(QObject::tr("Prior therapies"), QStringLiteral("priorTherapies"), therapyCodes);
        check(QObject::tr("Proton-pump inhibitor in use"), QStringLiteral("ppiUse"));
        check(QObject::tr("Renal impairment"), QStringLiteral("renalImpairment"));
        check(QObject::tr("New neurological symptoms"), QStringLiteral("neuroSymptoms"));
        refresh();
    }
};

class ReviewPage final : public DraftPage
{
public:
    ReviewPage(CaseDraft& draft, KnowledgeBasePtr kb, const QString& protocol)
        : DraftPage(draft, QObject::tr("Review"),
                    QObject::tr("The plan as it will be stored. Decision support for the treating clinician."))
        , m_kb(std::move(kb))
        , m_protocol{protocol, {}}
    {
        // The explained plan as it will be stored (the same view as on the patient page); links and
        // text are reachable with Tab, the sources list with the evidence links.
        m_text = new PlanView(this);
        m_text->setObjectName(QStringLiteral("reviewText"));
        m_text->setAccessibleName(QObject::tr("Plan preview"));
        m_text->setOpenLinks(true);
        m_text->setTextInteractionFlags(Qt::TextBrowserInteraction | Qt::LinksAccessibleByKeyboard);
        m_form->addRow(m_text);
        auto* finishError = new QLabel(this);
        finishError->setObjectName(QStringLiteral("finishError"));
        finishError->setWordWrap(true);
        finishError->setVisible(false);
        m_form->addRow(finishError);
        refresh();
    }

protected:
    bool extraComplete() const override { return m_draft.problems().isEmpty(); }
    void initializePage() override { refresh(); }

    void refreshExtra() override
    {
        if (!m_text)
            return;
        if (!m_draft.problems().isEmpty()) {
            QStringList lines{QObject::tr("Still to correct before the plan can be computed:")};
            for (const Problem& p : m_draft.problems())
                lines << QStringLiteral("  • ") + p.toString();
            m_text->setPlainText(lines.join(u'\n'));
            return;
        }
        const auto c = CaseReader::fromObject(m_draft.object(), {m_draft.today(), {}});
        if (!c.ok() || !m_kb)
            return;
        const auto plan = Engine(m_kb).plan(c.value(), m_protocol);
        if (plan.ok())
            m_text->setPlan(planToJsonObject(plan.value()));
        else
            m_text->setPlainText(plan.messages().join(u'\n'));
    }

private:
    KnowledgeBasePtr m_kb;
    PlanOptions m_protocol;
    PlanView* m_text = nullptr;
};

} // namespace

CaseWizard::CaseWizard(Registry& registry, const QDate& today, const QString& recordNumber,
                       const QJsonObject& previousCase, const QString& protocol, QWidget* parent,
                       const QMap<QString, QString>& prefilled)
    : QWizard(parent)
    , m_registry(registry)
    , m_draft(std::make_unique<CaseDraft>(today, previousCase))
    , m_protocol(protocol)
{
    setObjectName(QStringLiteral("caseWizard"));
    setWindowTitle(tr("New assessment"));
    setWizardStyle(QWizard::ClassicStyle);
    resize(960, 720); // the review page shows 90-column plan text
    const Result<KnowledgeBasePtr> kb = m_registry.knowledgeBase() ? Result<KnowledgeBasePtr>(m_registry.knowledgeBase())
                                                                    : KnowledgeBase::loadEmbedded();
    // The registry is the source of the identity: a re-assessment starts from the registry's
    // identity, not from the copy in the last case (it may have been corrected since).
    if (!recordNumber.isEmpty()) {
        const auto known = m_registry.patient(recordNumber);
        if (known.ok() && known.value())
            m_draft->set(QStringLiteral("patient"), identityCompleted(*known.value(), {}));
    }
    m_draft->setPrefilled(prefilled);
    setPage(PatientPageId, new PatientPage(*m_draft, m_registry, recordNumber));
    setPage(PathologyPageId, new PathologyPage(*m_draft, kb.ok() ? kb.value()->grading : GradingRules{}));
    setPage(SitePageId, new SitePage(*m_draft));
    setPage(BurdenPageId, new BurdenPage(*m_draft));
    setPage(StatusPageId, new StatusPage(*m_draft, vocab::therapyCodes()));
    setPage(ReviewPageId, new ReviewPage(*m_draft, kb.ok() ? kb.value() : KnowledgeBasePtr(), protocol));
}

CaseWizard::~CaseWizard() = default;

void CaseWizard::showFinishError(const QString& message)
{
    m_error = message;
    if (auto* label = page(ReviewPageId)->findChild<QLabel*>(QStringLiteral("finishError"))) {
        label->setText(tr("Not stored: %1").arg(message));
        label->setVisible(true);
    }
}

void CaseWizard::accept()
{
    m_record = field(QStringLiteral("record")).toString().trimmed();
    const auto existing = m_registry.patient(m_record);
    if (!existing.ok()) {
        showFinishError(existing.messages().join(u'\n'));
        return;
    }
    // A new patient is registered with the assessment in one transaction: both or neither.
    const auto stored =
        existing.value()
            ? m_registry.assess(m_record, m_draft->json(), m_protocol)
            : m_registry.addAndAssess({m_record, m_draft->value(QStringLiteral("patient.familyName")).toString(),
                                       m_draft->value(QStringLiteral("patient.givenName")).toString(),
                                       m_draft->value(QStringLiteral("patient.birthDate")).toString(),
                                       m_draft->value(QStringLiteral("patient.sex")).toString()},
                                      m_draft->json(), m_protocol);
    if (!stored.ok()) {
        showFinishError(stored.messages().join(u'\n'));
        return;
    }
    m_plan = stored.value().plan;
    QWizard::accept();
}

} // namespace netdesk
