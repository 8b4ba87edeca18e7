package org.leavenotify.acceptance.inprocess;

import static io.cucumber.junit.platform.engine.Constants.FILTER_TAGS_PROPERTY_NAME;
import static io.cucumber.junit.platform.engine.Constants.GLUE_PROPERTY_NAME;
import static io.cucumber.junit.platform.engine.Constants.PLUGIN_PROPERTY_NAME;

import org.junit.platform.suite.api.ConfigurationParameter;
import org.junit.platform.suite.api.IncludeEngines;
import org.junit.platform.suite.api.SelectPackages;
import org.junit.platform.suite.api.Suite;

/**
 * Every feature file, run in-process against the use cases and the in-memory adapters. Scenarios that
 * only make sense over the wire (channels, passes) are tagged {@code @over-the-wire} and left out here.
 */
@Suite
@IncludeEngines("cucumber")
@SelectPackages("features")
@ConfigurationParameter(key = GLUE_PROPERTY_NAME, value = "org.leavenotify.acceptance.steps,org.leavenotify.acceptance.inprocess")
@ConfigurationParameter(key = FILTER_TAGS_PROPERTY_NAME, value = "not @over-the-wire")
@ConfigurationParameter(key = PLUGIN_PROPERTY_NAME, value = "pretty, html:target/cucumber-reports/in-process.html")
public class InProcessAcceptanceTest {
}
