# The screener service. Build: docker build -t screener .   Run: docker run -p 8000:8000 screener
FROM python:3.11-slim

ENV PYTHONDONTWRITEBYTECODE=1 \
    PYTHONUNBUFFERED=1 \
    PIP_NO_CACHE_DIR=1 \
    PIP_DISABLE_PIP_VERSION_CHECK=1

# TrueType fonts for the Chinese and Korean checklists of the drafted papers, embedded in their PDFs.
RUN apt-get update && apt-get install -y --no-install-recommends fonts-wqy-microhei fonts-nanum \
    && rm -rf /var/lib/apt/lists/*
RUN useradd --create-home --uid 10001 screener
WORKDIR /srv/screener

COPY pyproject.toml README.md ./
COPY rules ./rules
COPY app ./app
COPY templates ./templates
COPY static ./static
COPY alembic.ini ./
COPY migrations ./migrations
RUN pip install . && python -m app.i18n compile

USER screener
# /home/screener/shared: where several instances share the API keys file (a volume; see compose.yaml).
RUN mkdir -p /home/screener/shared
ENV SCREENER_DATABASE_URL=sqlite:////home/screener/screener.sqlite3 \
    SCREENER_FORWARDED_ALLOW_IPS=""
EXPOSE 8000
HEALTHCHECK CMD python -c "import urllib.request; urllib.request.urlopen('http://127.0.0.1:8000/healthz')"
# Proxy headers are believed only from SCREENER_FORWARDED_ALLOW_IPS (the reverse proxy's address), as in
# scripts/serve.sh; empty means none.
CMD ["sh", "-c", "exec uvicorn app.main:app --host 0.0.0.0 --port 8000 --forwarded-allow-ips \"$SCREENER_FORWARDED_ALLOW_IPS\""]
