/**
 * JSON for the Engagement SDK: the engagement data format, version 1.0, its Jackson 3 binding,
 * its published JSON Schema, precise read errors and streaming reads.
 *
 * <p>Entry points: {@link org.engagement.json.EngagementJson} reads and writes a dataset from a
 * path, stream, reader or string in one call; {@link org.engagement.json.EngagementModule} binds
 * every type for teams with their own {@code ObjectMapper};
 * {@link org.engagement.json.RecordStream} reads a document record by record.
 *
 * <h2>The format</h2>
 *
 * <p>One document per dataset, UTF-8:
 *
 * <pre class="language-json">{@code
 * {
 *   "formatVersion": "1.0",
 *   "scheme": {
 *     "dimensions": [
 *       {
 *         "code": "GENDER",
 *         "label": "Gender",
 *         "primary": true,
 *         "categories": [
 *           {
 *             "code": "FEMALE",
 *             "label": "Female"
 *           }
 *         ]
 *       }
 *     ]
 *   },
 *   "areas": [
 *     {
 *       "id": "E09000022",
 *       "name": "Lambeth",
 *       "level": "BOROUGH",
 *       "businessPresence": false
 *     }
 *   ],
 *   "inputs": [
 *     {
 *       "id": "IN-0001",
 *       "activity": "ACT-0001",
 *       "area": "E09000022",
 *       "date": "2012-10-04",
 *       "issueCategory": "ASB",
 *       "summary": "Groups gathering outside the station after 10pm",
 *       "support": 12
 *     }
 *   ]
 * }
 * }</pre>
 *
 * <ul>
 *   <li>{@code formatVersion} (required) names the format; this SDK reads and writes
 *       {@code "1.0"} and refuses others with {@code UNSUPPORTED_FORMAT_VERSION}.
 *   <li>{@code scheme} is the demographic scheme; when absent, the default scheme (six primary
 *       dimensions, 2021 Census groups).
 *   <li>Then one array per record type, named by {@code RecordType.collection()}, in this order:
 *       {@code areas, issueCategories, stakeholders, hardToHearGroups, referencePopulations,
 *       activities, inputs, analyses, decisions, targets, allocations, initiatives, feedback,
 *       surveys, responses, panels, priorities, roles, keyMessages, commitments, publications}.
 *       An absent array is empty.
 *   <li>Every property is named after the accessor of the domain type ({@code homeArea},
 *       {@code engagementLevel}, {@code presentedInputs}), so that a validator path
 *       {@code activities[3].demographics.dimensions[0]} is the JSON Pointer
 *       {@code /activities/3/demographics/dimensions/0}.
 *   <li>Values: ids are strings; dates are ISO-8601 {@code yyyy-mm-dd}; periods are the ISO-8601
 *       interval {@code yyyy-mm-dd/yyyy-mm-dd}, both days inclusive; enumerations are the constant
 *       names ({@code "BOROUGH"}); decimals (costs, quantities, targets) are JSON numbers written
 *       with their scale ({@code 120.50}); counts are whole numbers; maps (demographic counts,
 *       a response's demographics and answers by question id) are objects.
 *   <li>Optional properties are omitted when absent, empty lists and maps are omitted, and
 *       properties with a default ({@code businessPresence}, {@code mode}, {@code support},
 *       {@code weight}...) are always written; {@code null} is never written and never accepted.
 * </ul>
 *
 * <p>Output is canonical: properties in the order of the published schema, records in dataset
 * order, map keys in the order of their text (an indicator's qualifiers in their own order),
 * two-space indent, {@code \n} line ends and a final line end. The same dataset always gives the
 * same bytes, so files diff cleanly in version control; reading accepts properties in any order.
 *
 * <h2>The schema</h2>
 *
 * <p>The JSON Schema (draft 2020-12) is {@link org.engagement.json.EngagementJson#schema()}, the
 * resource {@code org/engagement/json/engagement-1.0.schema.json} of this jar. It is made from the
 * binding itself, with titles and descriptions from the domain's Javadoc. It describes the
 * structure and the single-field rules (bounds, text not blank, ids, dates that exist); the rules
 * between values (references, dates in order, counts within attendance) are the dataset
 * validator's.
 *
 * <h2>Results</h2>
 *
 * <p>Measure and validation results are documents of their own, in the same style (property
 * names after the accessors, canonical order, two-space indent, optional properties and empty
 * arrays omitted, {@code null} never written): {@link
 * org.engagement.json.EngagementJson#writeString(org.engagement.measures.Scorecard)} and {@code
 * readScorecard}, {@code writeString(MeasureResult)} and {@code readMeasureResult}, {@code
 * writeString(RatingScale)} and {@code readRatingScale}, {@code writeString(ValidationReport)}
 * and {@code readReport}. A result that reads back is equal to the one written. A measure result:
 *
 * <pre class="language-json">{@code
 * {
 *   "measure": "M1",
 *   "title": "Due consideration",
 *   "scope": {
 *     "area": "E09000022",
 *     "period": "2012-04-01/2013-03-31",
 *     "asOf": "2013-03-31"
 *   },
 *   "status": "NOT_ASSESSABLE",
 *   "reason": "no community input in scope",
 *   "numerator": 0,
 *   "denominator": 0,
 *   "base": 0,
 *   "baseKind": "DENOMINATOR",
 *   "rating": "NOT_RATED",
 *   "indicators": [
 *     {
 *       "name": "raised",
 *       "kind": "COUNT",
 *       "value": 0
 *     },
 *     {
 *       "name": "medianDaysToDecision",
 *       "kind": "DAYS",
 *       "note": "no recorded input"
 *     }
 *   ]
 * }
 * }</pre>
 *
 * <ul>
 *   <li>{@code measure}, {@code title}, {@code scope} ({@code area}, {@code period},
 *       {@code asOf}, and {@code surveys} sorted when the scope reads only some), {@code status}
 *       ({@code SCORED} or {@code NOT_ASSESSABLE}), {@code base} and {@code rating} are always
 *       written; {@code baseKind} too ({@code DENOMINATOR} when absent on reading).
 *   <li>{@code score} (in [0, 1]) is present exactly when {@code SCORED}, {@code reason}
 *       exactly when {@code NOT_ASSESSABLE}, whose rating is {@code NOT_RATED}.
 *       {@code numerator} and {@code denominator} are present for ratio measures (M1, M2, M4).
 *   <li>{@code indicators} keep the measure's documented order; each has a {@code name}, a
 *       {@code kind} ({@code COUNT, SHARE, DAYS, QUANTITY, STATISTIC, P_VALUE, LABEL}) and
 *       exactly one of {@code value} (a number) and {@code note} (a label's text, or why there
 *       is no value), plus {@code surveyBase} for figures computed from survey answers.
 *   <li>{@code evidence} (record ids) and {@code gaps} ({@code id}, {@code lacks}) are sorted by
 *       id in ordinal string order.
 *   <li>Every number is finite: NaN and Infinity are never written (a result without a score is
 *       {@code NOT_ASSESSABLE} with a reason) and are refused on reading with
 *       {@code NON_FINITE_NUMBER}. Whole figures (counts, a score of 1) are written without a
 *       fraction ({@code 24}, not {@code 24.0}); others in the shortest form that reads back to
 *       the same double.
 * </ul>
 *
 * <p>A scorecard is {@code scope}, {@code level} (absent for the scope alone), {@code measures}
 * (the codes, in column order), {@code total} (the scope area's own row) and {@code rows} (one
 * per area at the level, sorted by area id). A row is {@code area}, {@code name}, {@code level}
 * (absent for an area the dataset does not know, whose name is then its id) and
 * {@code results}, one measure result per column. Reading refuses, with {@code INVALID_VALUE},
 * parts that do not fit together: a score on a NOT_ASSESSABLE result, an indicator with both a
 * value and a note, a fractional count, rows out of order or at another level, a row without
 * one result per measure, a total that is not the scope's area.
 *
 * <p>The results' JSON Schema (draft 2020-12, made from the same codecs) is {@link
 * org.engagement.json.EngagementJson#resultsSchema()}, the resource {@code
 * org/engagement/json/engagement-results-1.0.schema.json}: a document is a scorecard, a measure
 * result, a rating scale or a validation report.
 *
 * <h2>Bad input</h2>
 *
 * <p>A document that cannot be read at all (not JSON, not strict UTF-8, a limit passed, not an
 * object) fails with {@link org.engagement.json.JsonReadException}; errors of binding are problems
 * of the {@link org.engagement.json.ReadResult} and reading goes on past them. Either way a
 * problem's code ({@link org.engagement.json.JsonCode}), JSON Pointer, line and column are fields:
 * {@code SYNTAX_ERROR}, {@code EMPTY_DOCUMENT}, {@code TRAILING_CONTENT}, {@code WRONG_TYPE},
 * {@code MISSING_PROPERTY}, {@code UNKNOWN_PROPERTY}, {@code UNKNOWN_ENUM_VALUE} (listing the
 * allowed values), {@code DUPLICATE_KEY}, {@code NON_FINITE_NUMBER} (NaN, Infinity),
 * {@code INVALID_VALUE}, {@code UNSUPPORTED_FORMAT_VERSION}, {@code LIMIT_EXCEEDED},
 * {@code STREAM_ORDER}, {@code MALFORMED_TEXT}, and the warning {@code UNBOUND_RECORDS}. Unknown properties are errors unless
 * {@link org.engagement.json.JsonFeature#ALLOW_UNKNOWN_PROPERTIES} makes them warnings. After
 * binding the dataset validator runs ({@link org.engagement.json.JsonFeature#VALIDATE}) and its
 * issues come back in the {@link org.engagement.json.ReadResult} with JSON Pointers into the
 * document. Hostile input is bounded by {@link org.engagement.json.JsonLimits}. Messages name the
 * place and the rule and quote bad values only in part; this module logs nothing.
 */
@EngagementStyle
@NullMarked
package org.engagement.json;

import org.engagement.core.internal.EngagementStyle;
import org.jspecify.annotations.NullMarked;
