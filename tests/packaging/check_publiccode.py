#!/usr/bin/env python3
"""Checks publiccode.yml against the fields the Standaard voor Publieke Code requires
(publiccode.yml 0.4: https://yml.publiccode.tools/schema.core.html), offline: which keys
must be there, their types, the allowed values, the lengths the standard sets, that the
files it names exist in the repository, and that it agrees with the build (version,
address).

Usage: check_publiccode.py PUBLICCODE.yml REPO_ROOT VERSION HOMEPAGE_URL
Prints every problem and exits 1 if there is one."""
import datetime
import os
import re
import sys

import yaml

SOFTWARE_TYPES = {"standalone/mobile", "standalone/iot", "standalone/desktop",
                  "standalone/web", "standalone/backend", "standalone/other", "addon",
                  "library", "configurationFiles"}
STATUSES = {"concept", "development", "beta", "stable", "obsolete"}
PLATFORMS = {"web", "windows", "mac", "linux", "ios", "android"}
MAINTENANCE = {"internal", "contract", "community", "none"}
# The standard's category list, the part a desktop compliance tool might use.
CATEGORIES = {"compliance-management", "it-security", "document-management",
              "data-collection", "data-analytics", "office", "knowledge-management",
              "workflow-management", "survey", "project-management", "it-management"}

problems = []


def need(mapping, key, kind, where):
    value = mapping.get(key) if isinstance(mapping, dict) else None
    if value is None:
        problems.append(f"{where}{key}: missing (required)")
        return None
    if not isinstance(value, kind):
        problems.append(f"{where}{key}: must be a {kind.__name__}")
        return None
    return value


def main(path, root, version, homepage):
    with open(path, encoding="utf-8") as stream:
        doc = yaml.safe_load(stream)
    if not isinstance(doc, dict):
        print(f"{path}: not a YAML mapping")
        return 1

    if str(doc.get("publiccodeYmlVersion", "")) not in {"0.4", "0.4.0"}:
        problems.append("publiccodeYmlVersion: must be \"0.4\"")
    need(doc, "name", str, "")
    url = need(doc, "url", str, "")
    if url is not None and url != homepage:
        problems.append(f"url: {url} is not the project's HOMEPAGE_URL {homepage}")
    if str(doc.get("softwareVersion", "")) != version:
        problems.append(f"softwareVersion: {doc.get('softwareVersion')} is not the build's {version}")
    released = doc.get("releaseDate")
    try:
        datetime.date.fromisoformat(str(released))
    except ValueError:
        problems.append("releaseDate: missing or not YYYY-MM-DD")
    platforms = need(doc, "platforms", list, "") or []
    for platform in platforms:
        if platform not in PLATFORMS:
            problems.append(f"platforms: unknown platform {platform}")
    for category in need(doc, "categories", list, "") or []:
        if category not in CATEGORIES:
            problems.append(f"categories: {category} is not a category of the standard")
    if doc.get("softwareType") not in SOFTWARE_TYPES:
        problems.append("softwareType: missing or not one of the standard's types")
    if doc.get("developmentStatus") not in STATUSES:
        problems.append("developmentStatus: missing or not one of " + ", ".join(sorted(STATUSES)))
    if "logo" in doc and not os.path.isfile(os.path.join(root, doc["logo"])):
        problems.append(f"logo: {doc['logo']} is not a file in the repository")

    descriptions = need(doc, "description", dict, "") or {}
    for language, text in descriptions.items():
        where = f"description.{language}."
        short = need(text, "shortDescription", str, where)
        if short is not None and len(short) > 150:
            problems.append(f"{where}shortDescription: {len(short)} characters, at most 150")
        long = need(text, "longDescription", str, where)
        if long is not None and not 150 <= len(long) <= 10000:
            problems.append(f"{where}longDescription: {len(long)} characters, 150 to 10000")
        for feature in need(text, "features", list, where) or []:
            if not isinstance(feature, str) or len(feature) > 100:
                problems.append(f"{where}features: '{feature}' is longer than 100 characters")
        for shot in text.get("screenshots", []) if isinstance(text, dict) else []:
            if not os.path.isfile(os.path.join(root, shot)):
                problems.append(f"{where}screenshots: {shot} is not a file in the repository")

    legal = need(doc, "legal", dict, "") or {}
    if legal.get("license") != "EUPL-1.2":
        problems.append("legal.license: must be EUPL-1.2 (the LICENSE file)")

    maintenance = need(doc, "maintenance", dict, "") or {}
    if maintenance.get("type") not in MAINTENANCE:
        problems.append("maintenance.type: missing or not one of " + ", ".join(sorted(MAINTENANCE)))
    if maintenance.get("type") in {"internal", "contract"}:
        for contact in need(maintenance, "contacts", list, "maintenance.") or []:
            need(contact, "name", str, "maintenance.contacts.")
            if not re.fullmatch(r"[^@\s]+@[^@\s]+", str(contact.get("email", ""))):
                problems.append("maintenance.contacts.email: missing or not an address")

    localisation = need(doc, "localisation", dict, "") or {}
    need(localisation, "localisationReady", bool, "localisation.")
    languages = need(localisation, "availableLanguages", list, "localisation.") or []
    for language in ("nl", "en"):
        if language not in languages:
            problems.append(f"localisation.availableLanguages: {language} is missing")
        if language not in descriptions:
            problems.append(f"description.{language}: missing (the program speaks it)")

    for problem in problems:
        print(f"{path}: {problem}")
    return 1 if problems else 0


if __name__ == "__main__":
    if len(sys.argv) != 5:
        print(__doc__)
        sys.exit(1)
    sys.exit(main(*sys.argv[1:]))
