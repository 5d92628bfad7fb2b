"""Case management views: the work queue, notice detail, case forms, PDF preview, the dossier's Supervision tab."""
