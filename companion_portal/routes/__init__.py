"""The portal's routes by area, each an APIRouter; ``companion_portal.app`` includes them all."""

from . import certificates, commitments, courses, feedback, materials, progress, session, submissions, uploads

ROUTERS = [session.router, courses.router, materials.router, uploads.router, submissions.router, commitments.router,
           progress.router, feedback.router, certificates.router]
