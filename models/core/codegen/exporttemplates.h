// SPDX-License-Identifier: MIT
#pragma once

#include <QList>
#include <QString>

#include "models/core/project/project.h"
#include "models/core/schema/mappingplan.h"

/// The text files of an export other than connector.py: README.md, .gitignore, the CI
/// workflow, requirements.txt and the pytest test. Internal to models/core/codegen.
namespace cw::exporttext {

QString readme(const Project &project, const QList<MappingPlan> &plans, const QString &connectionName,
               const QString &projectFile);
QString gitignore();
QString requirements();
QString deployWorkflow(const Project &project, const QString &connectionName);
QString rowsTest();

} // namespace cw::exporttext
