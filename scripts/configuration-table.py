#!/usr/bin/env python3
"""Prints the README's configuration table from the Spring Boot configuration metadata that the build
generates for every module (target/classes/META-INF/spring-configuration-metadata.json), so the table
lists every typed property with its default and its description. Run after `mvn install -DskipTests`."""
import glob
import json
import os
import re

root = os.path.dirname(os.path.dirname(os.path.abspath(__file__)))
rows = {}
for path in sorted(glob.glob(os.path.join(root, "*", "target", "classes", "META-INF",
                                          "spring-configuration-metadata.json"))):
    module = path[len(root) + 1:].split(os.sep)[0]
    for prop in json.load(open(path)).get("properties", []):
        if not prop["name"].startswith("leavenotify."):
            continue
        default = prop.get("defaultValue")
        if isinstance(default, bool):
            default = str(default).lower()
        description = re.sub(r"\s+", " ", prop.get("description", "")).replace("|", "\\|")
        description = re.sub(r"\{@code ([^}]*)\}", r"`\1`", description)
        description = re.sub(r"<[^>]+>", "", description)
        rows[prop["name"]] = (module, "" if default is None else f"`{default}`", description)

print("| property | default | module | meaning |")
print("|---|---|---|---|")
for name in sorted(rows):
    module, default, description = rows[name]
    print(f"| `{name}` | {default} | {module} | {description} |")
