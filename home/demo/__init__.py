"""The demo site: texts (content/), generated pictures (images.py) and the builder that
`manage.py load_demo_content` runs. Other apps extend it through DEMO_CONTENT_HOOK."""
