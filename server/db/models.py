"""Imports every area's models so that `metadata` is complete (Alembic autogenerate and tests use it).

Add one line here when an area gets a models module.
"""

from server.cases import models as cases_models
from server.credit import models as credit_models
from server.db.base import Base
from server.documents import models as documents_models
from server.followups import models as followups_models
from server.monitoring import models as monitoring_models
from server.projects import models as projects_models
from server.push import models as push_models
from server.regions import models as regions_models
from server.reporting import models as reporting_models
from server.risk import models as risk_models
from server.security import models as security_models
from server.units import models as units_models

metadata = Base.metadata

AREAS = (cases_models, credit_models, documents_models, followups_models, monitoring_models,
         projects_models, push_models, regions_models, reporting_models, risk_models, security_models,
         units_models)
