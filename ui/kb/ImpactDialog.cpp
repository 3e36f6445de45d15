#include "ui/kb/ImpactDialog.h"

#include "core/i18n/Language.h"
#include "core/registry/Registry.h"
#include "ui/registry/TherapyDialog.h"

#include <QCoreApplication>
#include <QDialogButtonBox>
#include <QFileDialog>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QLabel>
#include <QLineEdit>
#include <QProgressBar>
#include <QPushButton>
#include <QSet>
#include <QTableWidget>
#include <QVBoxLayout>

namespace netdesk {

namespace {

QString strengthText(const QString& strength)
{
    if (strength == QLatin1String("preferred"))
        return ImpactDialog::tr("preferred");
    if (strength == QLatin1String("option"))
        return ImpactDialog::tr("an option");
    if (strength == QLatin1String("consider"))
        return ImpactDialog::tr("to consider");
    if (strength == QLatin1String("contraindicated"))
        return ImpactDialog::tr("contraindicated");
    if (strength == QLatin1String("not_preferred"))
        return ImpactDialog::tr("not preferred");
    if (strength == QLatin1String("critical"))
        return ImpactDialog::tr("critical");
    if (strength == QLatin1String("caution"))
        return ImpactDialog::tr("caution");
    if (strength == QLatin1String("info"))
        return ImpactDialog::tr("information");
    if (strength == QLatin1String("first_line"))
        return ImpactDialog::tr("first line");
    if (strength == QLatin1String("later_line"))
        return ImpactDialog::tr("later line");
    if (strength == QLatin1String("symptom_control"))
        return ImpactDialog::tr("symptom control");
    if (strength == QLatin1String("local"))
        return ImpactDialog::tr("local therapy");
    if (strength == QLatin1String("supportive"))
        return ImpactDialog::tr("supportive");
    return strength;
}

} // namespace

QString ImpactDialog::changeText(const PlanChange& c, const Registry& registry)
{
    const QString language = installedLanguage(*QCoreApplication::instance());
    if (c.what == QLatin1String("followUp"))
        return tr("follow-up %1: every %2 months instead of every %3 months")
            .arg(c.code.section(u' ', 0, 0) == QLatin1String("labs") ? tr("markers") : tr("imaging"), c.after, c.before);
    const QString subject = c.what == QLatin1String("warning") ? tr("warning “%1”").arg(c.label.section(u':', 0, 0).left(80))
                                                               : therapyName(registry, c.code, language);
    if (c.what == QLatin1String("recommendation")) {
        if (c.change == QLatin1String("added"))
            return tr("recommended: %1 (%2)").arg(subject, strengthText(c.after));
        if (c.change == QLatin1String("removed"))
            return tr("no longer recommended: %1").arg(subject);
        if (c.change == QLatin1String("strength"))
            return tr("%1: %2 instead of %3").arg(subject, strengthText(c.after), strengthText(c.before));
        return tr("%1: as %2 instead of %3").arg(subject, strengthText(c.after), strengthText(c.before));
    }
    if (c.what == QLatin1String("avoid")) {
        if (c.change == QLatin1String("added"))
            return tr("to avoid: %1 (%2)").arg(subject, strengthText(c.after));
        if (c.change == QLatin1String("removed"))
            return tr("no longer to avoid: %1").arg(subject);
        return tr("to avoid: %1, %2 instead of %3").arg(subject, strengthText(c.after), strengthText(c.before));
    }
    if (c.change == QLatin1String("added"))
        return tr("new %1").arg(subject);
    if (c.change == QLatin1String("removed"))
        return tr("no longer: %1").arg(subject);
    return tr("%1: %2 instead of %3").arg(subject, strengthText(c.after), strengthText(c.before));
}

ImpactDialog::ImpactDialog(Registry& registry, QWidget* parent)
    : QDialog(parent)
    , m_registry(registry)
{
    setObjectName(QStringLiteral("impactDialog"));
    setWindowTitle(tr("Impact of a knowledge-base update"));
    resize(900, 600);
    auto* layout = new QVBoxLayout(this);
    auto* intro = new QLabel(tr("Choose a new knowledge-base file: every active patient's latest case is planned again "
                                "with it and compared with the stored plan. Nothing is stored unless you re-assess."),
                             this);
    intro->setWordWrap(true);
    layout->addWidget(intro);
    auto* fileRow = new QHBoxLayout();
    m_file = new QLineEdit(this);
    m_file->setObjectName(QStringLiteral("impactFile"));
    m_file->setAccessibleName(tr("New knowledge-base file"));
    auto* browse = new QPushButton(tr("&Browse…"), this);
    auto* run = new QPushButton(tr("&Compare"), this);
    run->setObjectName(QStringLiteral("impactCompare"));
    fileRow->addWidget(m_file, 1);
    fileRow->addWidget(browse);
    fileRow->addWidget(run);
    layout->addLayout(fileRow);
    m_progress = new QProgressBar(this);
    m_progress->setObjectName(QStringLiteral("impactProgress"));
    m_progress->setAccessibleName(tr("Patients planned again"));
    m_progress->setFormat(tr("%v of %m patients"));
    layout->addWidget(m_progress);
    m_summary = new QLabel(this);
    m_summary->setObjectName(QStringLiteral("impactSummary"));
    m_summary->setWordWrap(true);
    layout->addWidget(m_summary);
    m_table = new QTableWidget(0, 4, this);
    m_table->setObjectName(QStringLiteral("impactTable"));
    m_table->setAccessibleName(tr("Patients whose plan would change"));
    m_table->setHorizontalHeaderLabels({tr("Record"), tr("Patient"), tr("Assessed"), tr("What would change")});
    m_table->horizontalHeader()->setStretchLastSection(true);
    m_table->setSelectionBehavior(QAbstractItemView::SelectRows);
    m_table->setEditTriggers(QAbstractItemView::NoEditTriggers);
    m_table->setWordWrap(true);
    layout->addWidget(m_table, 1);
    auto* buttons = new QDialogButtonBox(QDialogButtonBox::Close, this);
    m_reassessSelected = buttons->addButton(tr("Re-assess &selected"), QDialogButtonBox::ActionRole);
    m_reassessSelected->setObjectName(QStringLiteral("impactReassessSelected"));
    m_reassessAll = buttons->addButton(tr("Re-assess &all changed"), QDialogButtonBox::ActionRole);
    m_reassessAll->setObjectName(QStringLiteral("impactReassessAll"));
    m_reassessSelected->setEnabled(false);
    m_reassessAll->setEnabled(false);
    layout->addWidget(buttons);
    connect(buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);
    connect(browse, &QPushButton::clicked, this, [this] {
        const QString file = QFileDialog::getOpenFileName(this, tr("New knowledge base"), QString(),
                                                          tr("Knowledge base (*.json)"));
        if (!file.isEmpty())
            m_file->setText(file);
    });
    connect(run, &QPushButton::clicked, this, [this] { compare(m_file->text().trimmed()); });
    connect(m_reassessSelected, &QPushButton::clicked, this, [this] { reassess(false); });
    connect(m_reassessAll, &QPushButton::clicked, this, [this] { reassess(true); });
}

bool ImpactDialog::compare(const QString& file)
{
    m_table->setRowCount(0);
    m_report = {};
    m_reassessSelected->setEnabled(false);
    m_reassessAll->setEnabled(false);
    const auto kb = KnowledgeBase::loadFile(file);
    if (!kb.ok()) {
        m_summary->setText(tr("Not a usable knowledge base: %1").arg(kb.messages().join(QStringLiteral("; "))));
        return false;
    }
    m_newKb = kb.value();
    const auto report = kbImpact(m_registry.database(), m_newKb, [this](qint64 done, qint64 total) {
        m_progress->setMaximum(static_cast<int>(total));
        m_progress->setValue(static_cast<int>(done));
        QCoreApplication::processEvents(QEventLoop::ExcludeUserInputEvents);
    });
    if (!report.ok()) {
        m_summary->setText(report.messages().join(u'\n'));
        return false;
    }
    m_report = report.value();
    QString summary = tr("Knowledge base %1 → %2: the plans of %3 of %4 active patients would change.")
                          .arg(m_report.fromVersion, m_report.toVersion)
                          .arg(m_report.changedPatients)
                          .arg(m_report.patients);
    if (!m_report.unplannable.isEmpty())
        summary += u' ' + tr("%n case(s) cannot be planned with the new version.", nullptr,
                             static_cast<int>(m_report.unplannable.size()));
    m_summary->setText(summary);
    m_table->setRowCount(static_cast<int>(m_report.changed.size()));
    for (int row = 0; row < m_report.changed.size(); ++row) {
        const PatientImpact& p = m_report.changed.at(row);
        QStringList changes;
        for (const PlanChange& c : p.changes)
            changes << changeText(c, m_registry);
        m_table->setItem(row, 0, new QTableWidgetItem(p.recordNumber));
        m_table->setItem(row, 1, new QTableWidgetItem(p.familyName + QStringLiteral(", ") + p.givenName));
        m_table->setItem(row, 2, new QTableWidgetItem(p.assessmentDate.toString(Qt::ISODate)));
        m_table->setItem(row, 3, new QTableWidgetItem(changes.join(u'\n')));
    }
    m_table->resizeRowsToContents();
    m_reassessSelected->setEnabled(!m_report.changed.isEmpty());
    m_reassessAll->setEnabled(!m_report.changed.isEmpty());
    return true;
}

int ImpactDialog::reassess(bool all)
{
    if (!m_newKb)
        return 0;
    QSet<int> rows;
    for (const QModelIndex& index : m_table->selectionModel()->selectedRows())
        rows.insert(index.row());
    int stored = 0;
    QStringList problems;
    for (int row = 0; row < m_report.changed.size(); ++row) {
        if (!all && !rows.contains(row))
            continue;
        const PatientImpact& p = m_report.changed.at(row);
        const auto a = reassessWith(m_registry, m_newKb, p);
        if (a.ok())
            ++stored;
        else
            problems << p.recordNumber + QStringLiteral(": ") + a.messages().join(QStringLiteral("; "));
    }
    m_summary->setText(tr("%n patient(s) re-assessed with version %1.", nullptr, stored).arg(m_report.toVersion) +
                       (problems.isEmpty() ? QString() : u'\n' + tr("Not re-assessed: %1").arg(problems.join(u'\n'))));
    return stored;
}

} // namespace netdesk
