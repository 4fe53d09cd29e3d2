// https://registry.terraform.io/providers/launchdarkly/launchdarkly/3.1.3/docs/resources/project
// generated from terraform resource schema

import { Construct } from 'constructs';
import * as cdktf from 'cdktf';

// Configuration

export interface ProjectConfig extends cdktf.TerraformMetaArguments {
  /**
  * Docs at Terraform Registry: {@link https://registry.terraform.io/providers/launchdarkly/launchdarkly/3.1.3/docs/resources/project#default_client_side_availability Project#default_client_side_availability}
  */
  readonly defaultClientSideAvailability?: ProjectDefaultClientSideAvailability;
  /**
  * Docs at Terraform Registry: {@link https://registry.terraform.io/providers/launchdarkly/launchdarkly/3.1.3/docs/resources/project#environments Project#environments}
  */
  readonly environments: { [key: string]: ProjectEnvironments } | cdktf.IResolvable;
  /**
  * Docs at Terraform Registry: {@link https://registry.terraform.io/providers/launchdarkly/launchdarkly/3.1.3/docs/resources/project#key Project#key}
  */
  readonly key: string;
  /**
  * Docs at Terraform Registry: {@link https://registry.terraform.io/providers/launchdarkly/launchdarkly/3.1.3/docs/resources/project#name Project#name}
  */
  readonly name: string;
  /**
  * Docs at Terraform Registry: {@link https://registry.terraform.io/providers/launchdarkly/launchdarkly/3.1.3/docs/resources/project#require_view_association_for_new_flags Project#require_view_association_for_new_flags}
  */
  readonly requireViewAssociationForNewFlags?: boolean | cdktf.IResolvable;
  /**
  * Docs at Terraform Registry: {@link https://registry.terraform.io/providers/launchdarkly/launchdarkly/3.1.3/docs/resources/project#require_view_association_for_new_segments Project#require_view_association_for_new_segments}
  */
  readonly requireViewAssociationForNewSegments?: boolean | cdktf.IResolvable;
  /**
  * Docs at Terraform Registry: {@link https://registry.terraform.io/providers/launchdarkly/launchdarkly/3.1.3/docs/resources/project#tags Project#tags}
  */
  readonly tags?: string[];
}
export interface ProjectDefaultClientSideAvailability {
  /**
  * Docs at Terraform Registry: {@link https://registry.terraform.io/providers/launchdarkly/launchdarkly/3.1.3/docs/resources/project#using_environment_id Project#using_environment_id}
  */
  readonly usingEnvironmentId: boolean | cdktf.IResolvable;
  /**
  * Docs at Terraform Registry: {@link https://registry.terraform.io/providers/launchdarkly/launchdarkly/3.1.3/docs/resources/project#using_mobile_key Project#using_mobile_key}
  */
  readonly usingMobileKey: boolean | cdktf.IResolvable;
}

export function projectDefaultClientSideAvailabilityToTerraform(struct?: ProjectDefaultClientSideAvailability | cdktf.IResolvable): any {
  if (!cdktf.canInspect(struct) || cdktf.Tokenization.isResolvable(struct)) { return struct; }
  if (cdktf.isComplexElement(struct)) {
    throw new Error("A complex element was used as configuration, this is not supported: https://cdk.tf/complex-object-as-configuration");
  }
  return {
    using_environment_id: cdktf.booleanToTerraform(struct!.usingEnvironmentId),
    using_mobile_key: cdktf.booleanToTerraform(struct!.usingMobileKey),
  }
}


export function projectDefaultClientSideAvailabilityToHclTerraform(struct?: ProjectDefaultClientSideAvailability | cdktf.IResolvable): any {
  if (!cdktf.canInspect(struct) || cdktf.Tokenization.isResolvable(struct)) { return struct; }
  if (cdktf.isComplexElement(struct)) {
    throw new Error("A complex element was used as configuration, this is not supported: https://cdk.tf/complex-object-as-configuration");
  }
  const attrs = {
    using_environment_id: {
      value: cdktf.booleanToHclTerraform(struct!.usingEnvironmentId),
      isBlock: false,
      type: "simple",
      storageClassType: "boolean",
    },
    using_mobile_key: {
      value: cdktf.booleanToHclTerraform(struct!.usingMobileKey),
      isBlock: false,
      type: "simple",
      storageClassType: "boolean",
    },
  };

  // remove undefined attributes
  return Object.fromEntries(Object.entries(attrs).filter(([_, value]) => value !== undefined && value.value !== undefined));
}

export class ProjectDefaultClientSideAvailabilityOutputReference extends cdktf.ComplexObject {
  private isEmptyObject = false;
  private resolvableValue?: cdktf.IResolvable;

  /**
  * @param terraformResource The parent resource
  * @param terraformAttribute The attribute on the parent resource this class is referencing
  */
  public constructor(terraformResource: cdktf.IInterpolatingParent, terraformAttribute: string) {
    super(terraformResource, terraformAttribute, false);
  }

  public get internalValue(): ProjectDefaultClientSideAvailability | cdktf.IResolvable | undefined {
    if (this.resolvableValue) {
      return this.resolvableValue;
    }
    let hasAnyValues = this.isEmptyObject;
    const internalValueResult: any = {};
    if (this._usingEnvironmentId !== undefined) {
      hasAnyValues = true;
      internalValueResult.usingEnvironmentId = this._usingEnvironmentId;
    }
    if (this._usingMobileKey !== undefined) {
      hasAnyValues = true;
      internalValueResult.usingMobileKey = this._usingMobileKey;
    }
    return hasAnyValues ? internalValueResult : undefined;
  }

  public set internalValue(value: ProjectDefaultClientSideAvailability | cdktf.IResolvable | undefined) {
    if (value === undefined) {
      this.isEmptyObject = false;
      this.resolvableValue = undefined;
      this._usingEnvironmentId = undefined;
      this._usingMobileKey = undefined;
    }
    else if (cdktf.Tokenization.isResolvable(value)) {
      this.isEmptyObject = false;
      this.resolvableValue = value;
    }
    else {
      this.isEmptyObject = Object.keys(value).length === 0;
      this.resolvableValue = undefined;
      this._usingEnvironmentId = value.usingEnvironmentId;
      this._usingMobileKey = value.usingMobileKey;
    }
  }

  // using_environment_id - computed: false, optional: false, required: true
  private _usingEnvironmentId?: boolean | cdktf.IResolvable; 
  public get usingEnvironmentId() {
    return this.getBooleanAttribute('using_environment_id');
  }
  public set usingEnvironmentId(value: boolean | cdktf.IResolvable) {
    this._usingEnvironmentId = value;
  }
  // Temporarily expose input value. Use with caution.
  public get usingEnvironmentIdInput() {
    return this._usingEnvironmentId;
  }

  // using_mobile_key - computed: false, optional: false, required: true
  private _usingMobileKey?: boolean | cdktf.IResolvable; 
  public get usingMobileKey() {
    return this.getBooleanAttribute('using_mobile_key');
  }
  public set usingMobileKey(value: boolean | cdktf.IResolvable) {
    this._usingMobileKey = value;
  }
  // Temporarily expose input value. Use with caution.
  public get usingMobileKeyInput() {
    return this._usingMobileKey;
  }
}
export interface ProjectEnvironmentsApprovalSettings {
  /**
  * Docs at Terraform Registry: {@link https://registry.terraform.io/providers/launchdarkly/launchdarkly/3.1.3/docs/resources/project#auto_apply_approved_changes Project#auto_apply_approved_changes}
  */
  readonly autoApplyApprovedChanges?: boolean | cdktf.IResolvable;
  /**
  * Docs at Terraform Registry: {@link https://registry.terraform.io/providers/launchdarkly/launchdarkly/3.1.3/docs/resources/project#can_apply_declined_changes Project#can_apply_declined_changes}
  */
  readonly canApplyDeclinedChanges?: boolean | cdktf.IResolvable;
  /**
  * Docs at Terraform Registry: {@link https://registry.terraform.io/providers/launchdarkly/launchdarkly/3.1.3/docs/resources/project#can_review_own_request Project#can_review_own_request}
  */
  readonly canReviewOwnRequest?: boolean | cdktf.IResolvable;
  /**
  * Docs at Terraform Registry: {@link https://registry.terraform.io/providers/launchdarkly/launchdarkly/3.1.3/docs/resources/project#min_num_approvals Project#min_num_approvals}
  */
  readonly minNumApprovals?: number;
  /**
  * Docs at Terraform Registry: {@link https://registry.terraform.io/providers/launchdarkly/launchdarkly/3.1.3/docs/resources/project#required Project#required}
  */
  readonly required?: boolean | cdktf.IResolvable;
  /**
  * Docs at Terraform Registry: {@link https://registry.terraform.io/providers/launchdarkly/launchdarkly/3.1.3/docs/resources/project#required_approval_tags Project#required_approval_tags}
  */
  readonly requiredApprovalTags?: string[];
  /**
  * Docs at Terraform Registry: {@link https://registry.terraform.io/providers/launchdarkly/launchdarkly/3.1.3/docs/resources/project#service_config Project#service_config}
  */
  readonly serviceConfig?: { [key: string]: string };
  /**
  * Docs at Terraform Registry: {@link https://registry.terraform.io/providers/launchdarkly/launchdarkly/3.1.3/docs/resources/project#service_kind Project#service_kind}
  */
  readonly serviceKind?: string;
}

export function projectEnvironmentsApprovalSettingsToTerraform(struct?: ProjectEnvironmentsApprovalSettings | cdktf.IResolvable): any {
  if (!cdktf.canInspect(struct) || cdktf.Tokenization.isResolvable(struct)) { return struct; }
  if (cdktf.isComplexElement(struct)) {
    throw new Error("A complex element was used as configuration, this is not supported: https://cdk.tf/complex-object-as-configuration");
  }
  return {
    auto_apply_approved_changes: cdktf.booleanToTerraform(struct!.autoApplyApprovedChanges),
    can_apply_declined_changes: cdktf.booleanToTerraform(struct!.canApplyDeclinedChanges),
    can_review_own_request: cdktf.booleanToTerraform(struct!.canReviewOwnRequest),
    min_num_approvals: cdktf.numberToTerraform(struct!.minNumApprovals),
    required: cdktf.booleanToTerraform(struct!.required),
    required_approval_tags: cdktf.listMapper(cdktf.stringToTerraform, false)(struct!.requiredApprovalTags),
    service_config: cdktf.hashMapper(cdktf.stringToTerraform)(struct!.serviceConfig),
    service_kind: cdktf.stringToTerraform(struct!.serviceKind),
  }
}


export function projectEnvironmentsApprovalSettingsToHclTerraform(struct?: ProjectEnvironmentsApprovalSettings | cdktf.IResolvable): any {
  if (!cdktf.canInspect(struct) || cdktf.Tokenization.isResolvable(struct)) { return struct; }
  if (cdktf.isComplexElement(struct)) {
    throw new Error("A complex element was used as configuration, this is not supported: https://cdk.tf/complex-object-as-configuration");
  }
  const attrs = {
    auto_apply_approved_changes: {
      value: cdktf.booleanToHclTerraform(struct!.autoApplyApprovedChanges),
      isBlock: false,
      type: "simple",
      storageClassType: "boolean",
    },
    can_apply_declined_changes: {
      value: cdktf.booleanToHclTerraform(struct!.canApplyDeclinedChanges),
      isBlock: false,
      type: "simple",
      storageClassType: "boolean",
    },
    can_review_own_request: {
      value: cdktf.booleanToHclTerraform(struct!.canReviewOwnRequest),
      isBlock: false,
      type: "simple",
      storageClassType: "boolean",
    },
    min_num_approvals: {
      value: cdktf.numberToHclTerraform(struct!.minNumApprovals),
      isBlock: false,
      type: "simple",
      storageClassType: "number",
    },
    required: {
      value: cdktf.booleanToHclTerraform(struct!.required),
      isBlock: false,
      type: "simple",
      storageClassType: "boolean",
    },
    required_approval_tags: {
      value: cdktf.listMapperHcl(cdktf.stringToHclTerraform, false)(struct!.requiredApprovalTags),
      isBlock: false,
      type: "list",
      storageClassType: "stringList",
    },
    service_config: {
      value: cdktf.hashMapperHcl(cdktf.stringToHclTerraform)(struct!.serviceConfig),
      isBlock: false,
      type: "map",
      storageClassType: "stringMap",
    },
    service_kind: {
      value: cdktf.stringToHclTerraform(struct!.serviceKind),
      isBlock: false,
      type: "simple",
      storageClassType: "string",
    },
  };

  // remove undefined attributes
  return Object.fromEntries(Object.entries(attrs).filter(([_, value]) => value !== undefined && value.value !== undefined));
}

export class ProjectEnvironmentsApprovalSettingsOutputReference extends cdktf.ComplexObject {
  private isEmptyObject = false;
  private resolvableValue?: cdktf.IResolvable;

  /**
  * @param terraformResource The parent resource
  * @param terraformAttribute The attribute on the parent resource this class is referencing
  */
  public constructor(terraformResource: cdktf.IInterpolatingParent, terraformAttribute: string) {
    super(terraformResource, terraformAttribute, false);
  }

  public get internalValue(): ProjectEnvironmentsApprovalSettings | cdktf.IResolvable | undefined {
    if (this.resolvableValue) {
      return this.resolvableValue;
    }
    let hasAnyValues = this.isEmptyObject;
    const internalValueResult: any = {};
    if (this._autoApplyApprovedChanges !== undefined) {
      hasAnyValues = true;
      internalValueResult.autoApplyApprovedChanges = this._autoApplyApprovedChanges;
    }
    if (this._canApplyDeclinedChanges !== undefined) {
      hasAnyValues = true;
      internalValueResult.canApplyDeclinedChanges = this._canApplyDeclinedChanges;
    }
    if (this._canReviewOwnRequest !== undefined) {
      hasAnyValues = true;
      internalValueResult.canReviewOwnRequest = this._canReviewOwnRequest;
    }
    if (this._minNumApprovals !== undefined) {
      hasAnyValues = true;
      internalValueResult.minNumApprovals = this._minNumApprovals;
    }
    if (this._required !== undefined) {
      hasAnyValues = true;
      internalValueResult.required = this._required;
    }
    if (this._requiredApprovalTags !== undefined) {
      hasAnyValues = true;
      internalValueResult.requiredApprovalTags = this._requiredApprovalTags;
    }
    if (this._serviceConfig !== undefined) {
      hasAnyValues = true;
      internalValueResult.serviceConfig = this._serviceConfig;
    }
    if (this._serviceKind !== undefined) {
      hasAnyValues = true;
      internalValueResult.serviceKind = this._serviceKind;
    }
    return hasAnyValues ? internalValueResult : undefined;
  }

  public set internalValue(value: ProjectEnvironmentsApprovalSettings | cdktf.IResolvable | undefined) {
    if (value === undefined) {
      this.isEmptyObject = false;
      this.resolvableValue = undefined;
      this._autoApplyApprovedChanges = undefined;
      this._canApplyDeclinedChanges = undefined;
      this._canReviewOwnRequest = undefined;
      this._minNumApprovals = undefined;
      this._required = undefined;
      this._requiredApprovalTags = undefined;
      this._serviceConfig = undefined;
      this._serviceKind = undefined;
    }
    else if (cdktf.Tokenization.isResolvable(value)) {
      this.isEmptyObject = false;
      this.resolvableValue = value;
    }
    else {
      this.isEmptyObject = Object.keys(value).length === 0;
      this.resolvableValue = undefined;
      this._autoApplyApprovedChanges = value.autoApplyApprovedChanges;
      this._canApplyDeclinedChanges = value.canApplyDeclinedChanges;
      this._canReviewOwnRequest = value.canReviewOwnRequest;
      this._minNumApprovals = value.minNumApprovals;
      this._required = value.required;
      this._requiredApprovalTags = value.requiredApprovalTags;
      this._serviceConfig = value.serviceConfig;
      this._serviceKind = value.serviceKind;
    }
  }

  // auto_apply_approved_changes - computed: true, optional: true, required: false
  private _autoApplyApprovedChanges?: boolean | cdktf.IResolvable; 
  public get autoApplyApprovedChanges() {
    return this.getBooleanAttribute('auto_apply_approved_changes');
  }
  public set autoApplyApprovedChanges(value: boolean | cdktf.IResolvable) {
    this._autoApplyApprovedChanges = value;
  }
  public resetAutoApplyApprovedChanges() {
    this._autoApplyApprovedChanges = undefined;
  }
  // Temporarily expose input value. Use with caution.
  public get autoApplyApprovedChangesInput() {
    return this._autoApplyApprovedChanges;
  }

  // can_apply_declined_changes - computed: true, optional: true, required: false
  private _canApplyDeclinedChanges?: boolean | cdktf.IResolvable; 
  public get canApplyDeclinedChanges() {
    return this.getBooleanAttribute('can_apply_declined_changes');
  }
  public set canApplyDeclinedChanges(value: boolean | cdktf.IResolvable) {
    this._canApplyDeclinedChanges = value;
  }
  public resetCanApplyDeclinedChanges() {
    this._canApplyDeclinedChanges = undefined;
  }
  // Temporarily expose input value. Use with caution.
  public get canApplyDeclinedChangesInput() {
    return this._canApplyDeclinedChanges;
  }

  // can_review_own_request - computed: true, optional: true, required: false
  private _canReviewOwnRequest?: boolean | cdktf.IResolvable; 
  public get canReviewOwnRequest() {
    return this.getBooleanAttribute('can_review_own_request');
  }
  public set canReviewOwnRequest(value: boolean | cdktf.IResolvable) {
    this._canReviewOwnRequest = value;
  }
  public resetCanReviewOwnRequest() {
    this._canReviewOwnRequest = undefined;
  }
  // Temporarily expose input value. Use with caution.
  public get canReviewOwnRequestInput() {
    return this._canReviewOwnRequest;
  }

  // min_num_approvals - computed: true, optional: true, required: false
  private _minNumApprovals?: number; 
  public get minNumApprovals() {
    return this.getNumberAttribute('min_num_approvals');
  }
  public set minNumApprovals(value: number) {
    this._minNumApprovals = value;
  }
  public resetMinNumApprovals() {
    this._minNumApprovals = undefined;
  }
  // Temporarily expose input value. Use with caution.
  public get minNumApprovalsInput() {
    return this._minNumApprovals;
  }

  // required - computed: true, optional: true, required: false
  private _required?: boolean | cdktf.IResolvable; 
  public get required() {
    return this.getBooleanAttribute('required');
  }
  public set required(value: boolean | cdktf.IResolvable) {
    this._required = value;
  }
  public resetRequired() {
    this._required = undefined;
  }
  // Temporarily expose input value. Use with caution.
  public get requiredInput() {
    return this._required;
  }

  // required_approval_tags - computed: true, optional: true, required: false
  private _requiredApprovalTags?: string[]; 
  public get requiredApprovalTags() {
    return this.getListAttribute('required_approval_tags');
  }
  public set requiredApprovalTags(value: string[]) {
    this._requiredApprovalTags = value;
  }
  public resetRequiredApprovalTags() {
    this._requiredApprovalTags = undefined;
  }
  // Temporarily expose input value. Use with caution.
  public get requiredApprovalTagsInput() {
    return this._requiredApprovalTags;
  }

  // service_config - computed: true, optional: true, required: false
  private _serviceConfig?: { [key: string]: string }; 
  public get serviceConfig() {
    return this.getStringMapAttribute('service_config');
  }
  public set serviceConfig(value: { [key: string]: string }) {
    this._serviceConfig = value;
  }
  public resetServiceConfig() {
    this._serviceConfig = undefined;
  }
  // Temporarily expose input value. Use with caution.
  public get serviceConfigInput() {
    return this._serviceConfig;
  }

  // service_kind - computed: true, optional: true, required: false
  private _serviceKind?: string; 
  public get serviceKind() {
    return this.getStringAttribute('service_kind');
  }
  public set serviceKind(value: string) {
    this._serviceKind = value;
  }
  public resetServiceKind() {
    this._serviceKind = undefined;
  }
  // Temporarily expose input value. Use with caution.
  public get serviceKindInput() {
    return this._serviceKind;
  }
}
export interface ProjectEnvironments {
  /**
  * Docs at Terraform Registry: {@link https://registry.terraform.io/providers/launchdarkly/launchdarkly/3.1.3/docs/resources/project#approval_settings Project#approval_settings}
  */
  readonly approvalSettings?: ProjectEnvironmentsApprovalSettings;
  /**
  * Docs at Terraform Registry: {@link https://registry.terraform.io/providers/launchdarkly/launchdarkly/3.1.3/docs/resources/project#color Project#color}
  */
  readonly color: string;
  /**
  * Docs at Terraform Registry: {@link https://registry.terraform.io/providers/launchdarkly/launchdarkly/3.1.3/docs/resources/project#confirm_changes Project#confirm_changes}
  */
  readonly confirmChanges?: boolean | cdktf.IResolvable;
  /**
  * Docs at Terraform Registry: {@link https://registry.terraform.io/providers/launchdarkly/launchdarkly/3.1.3/docs/resources/project#critical Project#critical}
  */
  readonly critical?: boolean | cdktf.IResolvable;
  /**
  * Docs at Terraform Registry: {@link https://registry.terraform.io/providers/launchdarkly/launchdarkly/3.1.3/docs/resources/project#default_track_events Project#default_track_events}
  */
  readonly defaultTrackEvents?: boolean | cdktf.IResolvable;
  /**
  * Docs at Terraform Registry: {@link https://registry.terraform.io/providers/launchdarkly/launchdarkly/3.1.3/docs/resources/project#default_ttl Project#default_ttl}
  */
  readonly defaultTtl?: number;
  /**
  * Docs at Terraform Registry: {@link https://registry.terraform.io/providers/launchdarkly/launchdarkly/3.1.3/docs/resources/project#key Project#key}
  */
  readonly key?: string;
  /**
  * Docs at Terraform Registry: {@link https://registry.terraform.io/providers/launchdarkly/launchdarkly/3.1.3/docs/resources/project#name Project#name}
  */
  readonly name: string;
  /**
  * Docs at Terraform Registry: {@link https://registry.terraform.io/providers/launchdarkly/launchdarkly/3.1.3/docs/resources/project#require_comments Project#require_comments}
  */
  readonly requireComments?: boolean | cdktf.IResolvable;
  /**
  * Docs at Terraform Registry: {@link https://registry.terraform.io/providers/launchdarkly/launchdarkly/3.1.3/docs/resources/project#secure_mode Project#secure_mode}
  */
  readonly secureMode?: boolean | cdktf.IResolvable;
  /**
  * Docs at Terraform Registry: {@link https://registry.terraform.io/providers/launchdarkly/launchdarkly/3.1.3/docs/resources/project#tags Project#tags}
  */
  readonly tags?: string[];
}

export function projectEnvironmentsToTerraform(struct?: ProjectEnvironments | cdktf.IResolvable): any {
  if (!cdktf.canInspect(struct) || cdktf.Tokenization.isResolvable(struct)) { return struct; }
  if (cdktf.isComplexElement(struct)) {
    throw new Error("A complex element was used as configuration, this is not supported: https://cdk.tf/complex-object-as-configuration");
  }
  return {
    approval_settings: projectEnvironmentsApprovalSettingsToTerraform(struct!.approvalSettings),
    color: cdktf.stringToTerraform(struct!.color),
    confirm_changes: cdktf.booleanToTerraform(struct!.confirmChanges),
    critical: cdktf.booleanToTerraform(struct!.critical),
    default_track_events: cdktf.booleanToTerraform(struct!.defaultTrackEvents),
    default_ttl: cdktf.numberToTerraform(struct!.defaultTtl),
    key: cdktf.stringToTerraform(struct!.key),
    name: cdktf.stringToTerraform(struct!.name),
    require_comments: cdktf.booleanToTerraform(struct!.requireComments),
    secure_mode: cdktf.booleanToTerraform(struct!.secureMode),
    tags: cdktf.listMapper(cdktf.stringToTerraform, false)(struct!.tags),
  }
}


export function projectEnvironmentsToHclTerraform(struct?: ProjectEnvironments | cdktf.IResolvable): any {
  if (!cdktf.canInspect(struct) || cdktf.Tokenization.isResolvable(struct)) { return struct; }
  if (cdktf.isComplexElement(struct)) {
    throw new Error("A complex element was used as configuration, this is not supported: https://cdk.tf/complex-object-as-configuration");
  }
  const attrs = {
    approval_settings: {
      value: projectEnvironmentsApprovalSettingsToHclTerraform(struct!.approvalSettings),
      isBlock: true,
      type: "struct",
      storageClassType: "ProjectEnvironmentsApprovalSettings",
    },
    color: {
      value: cdktf.stringToHclTerraform(struct!.color),
      isBlock: false,
      type: "simple",
      storageClassType: "string",
    },
    confirm_changes: {
      value: cdktf.booleanToHclTerraform(struct!.confirmChanges),
      isBlock: false,
      type: "simple",
      storageClassType: "boolean",
    },
    critical: {
      value: cdktf.booleanToHclTerraform(struct!.critical),
      isBlock: false,
      type: "simple",
      storageClassType: "boolean",
    },
    default_track_events: {
      value: cdktf.booleanToHclTerraform(struct!.defaultTrackEvents),
      isBlock: false,
      type: "simple",
      storageClassType: "boolean",
    },
    default_ttl: {
      value: cdktf.numberToHclTerraform(struct!.defaultTtl),
      isBlock: false,
      type: "simple",
      storageClassType: "number",
    },
    key: {
      value: cdktf.stringToHclTerraform(struct!.key),
      isBlock: false,
      type: "simple",
      storageClassType: "string",
    },
    name: {
      value: cdktf.stringToHclTerraform(struct!.name),
      isBlock: false,
      type: "simple",
      storageClassType: "string",
    },
    require_comments: {
      value: cdktf.booleanToHclTerraform(struct!.requireComments),
      isBlock: false,
      type: "simple",
      storageClassType: "boolean",
    },
    secure_mode: {
      value: cdktf.booleanToHclTerraform(struct!.secureMode),
      isBlock: false,
      type: "simple",
      storageClassType: "boolean",
    },
    tags: {
      value: cdktf.listMapperHcl(cdktf.stringToHclTerraform, false)(struct!.tags),
      isBlock: false,
      type: "set",
      storageClassType: "stringList",
    },
  };

  // remove undefined attributes
  return Object.fromEntries(Object.entries(attrs).filter(([_, value]) => value !== undefined && value.value !== undefined));
}

export class ProjectEnvironmentsOutputReference extends cdktf.ComplexObject {
  private isEmptyObject = false;
  private resolvableValue?: cdktf.IResolvable;

  /**
  * @param terraformResource The parent resource
  * @param terraformAttribute The attribute on the parent resource this class is referencing
  * @param complexObjectKey the key of this item in the map
  */
  public constructor(terraformResource: cdktf.IInterpolatingParent, terraformAttribute: string, complexObjectKey: string) {
    super(terraformResource, terraformAttribute, false, complexObjectKey);
  }

  public get internalValue(): ProjectEnvironments | cdktf.IResolvable | undefined {
    if (this.resolvableValue) {
      return this.resolvableValue;
    }
    let hasAnyValues = this.isEmptyObject;
    const internalValueResult: any = {};
    if (this._approvalSettings?.internalValue !== undefined) {
      hasAnyValues = true;
      internalValueResult.approvalSettings = this._approvalSettings?.internalValue;
    }
    if (this._color !== undefined) {
      hasAnyValues = true;
      internalValueResult.color = this._color;
    }
    if (this._confirmChanges !== undefined) {
      hasAnyValues = true;
      internalValueResult.confirmChanges = this._confirmChanges;
    }
    if (this._critical !== undefined) {
      hasAnyValues = true;
      internalValueResult.critical = this._critical;
    }
    if (this._defaultTrackEvents !== undefined) {
      hasAnyValues = true;
      internalValueResult.defaultTrackEvents = this._defaultTrackEvents;
    }
    if (this._defaultTtl !== undefined) {
      hasAnyValues = true;
      internalValueResult.defaultTtl = this._defaultTtl;
    }
    if (this._key !== undefined) {
      hasAnyValues = true;
      internalValueResult.key = this._key;
    }
    if (this._name !== undefined) {
      hasAnyValues = true;
      internalValueResult.name = this._name;
    }
    if (this._requireComments !== undefined) {
      hasAnyValues = true;
      internalValueResult.requireComments = this._requireComments;
    }
    if (this._secureMode !== undefined) {
      hasAnyValues = true;
      internalValueResult.secureMode = this._secureMode;
    }
    if (this._tags !== undefined) {
      hasAnyValues = true;
      internalValueResult.tags = this._tags;
    }
    return hasAnyValues ? internalValueResult : undefined;
  }

  public set internalValue(value: ProjectEnvironments | cdktf.IResolvable | undefined) {
    if (value === undefined) {
      this.isEmptyObject = false;
      this.resolvableValue = undefined;
      this._approvalSettings.internalValue = undefined;
      this._color = undefined;
      this._confirmChanges = undefined;
      this._critical = undefined;
      this._defaultTrackEvents = undefined;
      this._defaultTtl = undefined;
      this._key = undefined;
      this._name = undefined;
      this._requireComments = undefined;
      this._secureMode = undefined;
      this._tags = undefined;
    }
    else if (cdktf.Tokenization.isResolvable(value)) {
      this.isEmptyObject = false;
      this.resolvableValue = value;
    }
    else {
      this.isEmptyObject = Object.keys(value).length === 0;
      this.resolvableValue = undefined;
      this._approvalSettings.internalValue = value.approvalSettings;
      this._color = value.color;
      this._confirmChanges = value.confirmChanges;
      this._critical = value.critical;
      this._defaultTrackEvents = value.defaultTrackEvents;
      this._defaultTtl = value.defaultTtl;
      this._key = value.key;
      this._name = value.name;
      this._requireComments = value.requireComments;
      this._secureMode = value.secureMode;
      this._tags = value.tags;
    }
  }

  // api_key - computed: true, optional: false, required: false
  public get apiKey() {
    return this.getStringAttribute('api_key');
  }

  // approval_settings - computed: false, optional: true, required: false
  private _approvalSettings = new ProjectEnvironmentsApprovalSettingsOutputReference(this, "approval_settings");
  public get approvalSettings() {
    return this._approvalSettings;
  }
  public putApprovalSettings(value: ProjectEnvironmentsApprovalSettings) {
    this._approvalSettings.internalValue = value;
  }
  public resetApprovalSettings() {
    this._approvalSettings.internalValue = undefined;
  }
  // Temporarily expose input value. Use with caution.
  public get approvalSettingsInput() {
    return this._approvalSettings.internalValue;
  }

  // client_side_id - computed: true, optional: false, required: false
  public get clientSideId() {
    return this.getStringAttribute('client_side_id');
  }

  // color - computed: false, optional: false, required: true
  private _color?: string; 
  public get color() {
    return this.getStringAttribute('color');
  }
  public set color(value: string) {
    this._color = value;
  }
  // Temporarily expose input value. Use with caution.
  public get colorInput() {
    return this._color;
  }

  // confirm_changes - computed: true, optional: true, required: false
  private _confirmChanges?: boolean | cdktf.IResolvable; 
  public get confirmChanges() {
    return this.getBooleanAttribute('confirm_changes');
  }
  public set confirmChanges(value: boolean | cdktf.IResolvable) {
    this._confirmChanges = value;
  }
  public resetConfirmChanges() {
    this._confirmChanges = undefined;
  }
  // Temporarily expose input value. Use with caution.
  public get confirmChangesInput() {
    return this._confirmChanges;
  }

  // critical - computed: true, optional: true, required: false
  private _critical?: boolean | cdktf.IResolvable; 
  public get critical() {
    return this.getBooleanAttribute('critical');
  }
  public set critical(value: boolean | cdktf.IResolvable) {
    this._critical = value;
  }
  public resetCritical() {
    this._critical = undefined;
  }
  // Temporarily expose input value. Use with caution.
  public get criticalInput() {
    return this._critical;
  }

  // default_track_events - computed: true, optional: true, required: false
  private _defaultTrackEvents?: boolean | cdktf.IResolvable; 
  public get defaultTrackEvents() {
    return this.getBooleanAttribute('default_track_events');
  }
  public set defaultTrackEvents(value: boolean | cdktf.IResolvable) {
    this._defaultTrackEvents = value;
  }
  public resetDefaultTrackEvents() {
    this._defaultTrackEvents = undefined;
  }
  // Temporarily expose input value. Use with caution.
  public get defaultTrackEventsInput() {
    return this._defaultTrackEvents;
  }

  // default_ttl - computed: true, optional: true, required: false
  private _defaultTtl?: number; 
  public get defaultTtl() {
    return this.getNumberAttribute('default_ttl');
  }
  public set defaultTtl(value: number) {
    this._defaultTtl = value;
  }
  public resetDefaultTtl() {
    this._defaultTtl = undefined;
  }
  // Temporarily expose input value. Use with caution.
  public get defaultTtlInput() {
    return this._defaultTtl;
  }

  // key - computed: true, optional: true, required: false
  private _key?: string; 
  public get key() {
    return this.getStringAttribute('key');
  }
  public set key(value: string) {
    this._key = value;
  }
  public resetKey() {
    this._key = undefined;
  }
  // Temporarily expose input value. Use with caution.
  public get keyInput() {
    return this._key;
  }

  // mobile_key - computed: true, optional: false, required: false
  public get mobileKey() {
    return this.getStringAttribute('mobile_key');
  }

  // name - computed: false, optional: false, required: true
  private _name?: string; 
  public get name() {
    return this.getStringAttribute('name');
  }
  public set name(value: string) {
    this._name = value;
  }
  // Temporarily expose input value. Use with caution.
  public get nameInput() {
    return this._name;
  }

  // require_comments - computed: true, optional: true, required: false
  private _requireComments?: boolean | cdktf.IResolvable; 
  public get requireComments() {
    return this.getBooleanAttribute('require_comments');
  }
  public set requireComments(value: boolean | cdktf.IResolvable) {
    this._requireComments = value;
  }
  public resetRequireComments() {
    this._requireComments = undefined;
  }
  // Temporarily expose input value. Use with caution.
  public get requireCommentsInput() {
    return this._requireComments;
  }

  // secure_mode - computed: true, optional: true, required: false
  private _secureMode?: boolean | cdktf.IResolvable; 
  public get secureMode() {
    return this.getBooleanAttribute('secure_mode');
  }
  public set secureMode(value: boolean | cdktf.IResolvable) {
    this._secureMode = value;
  }
  public resetSecureMode() {
    this._secureMode = undefined;
  }
  // Temporarily expose input value. Use with caution.
  public get secureModeInput() {
    return this._secureMode;
  }

  // tags - computed: false, optional: true, required: false
  private _tags?: string[]; 
  public get tags() {
    return cdktf.Fn.tolist(this.getListAttribute('tags'));
  }
  public set tags(value: string[]) {
    this._tags = value;
  }
  public resetTags() {
    this._tags = undefined;
  }
  // Temporarily expose input value. Use with caution.
  public get tagsInput() {
    return this._tags;
  }
}

export class ProjectEnvironmentsMap extends cdktf.ComplexMap {
  public internalValue? : { [key: string]: ProjectEnvironments } | cdktf.IResolvable

  /**
  * @param terraformResource The parent resource
  * @param terraformAttribute The attribute on the parent resource this class is referencing
  */
  constructor(protected terraformResource: cdktf.IInterpolatingParent, protected terraformAttribute: string) {
    super(terraformResource, terraformAttribute)
  }

  /**
  * @param key the key of the item to return
  */
  public get(key: string): ProjectEnvironmentsOutputReference {
    return new ProjectEnvironmentsOutputReference(this.terraformResource, this.terraformAttribute, key);
  }
}

/**
* Represents a {@link https://registry.terraform.io/providers/launchdarkly/launchdarkly/3.1.3/docs/resources/project launchdarkly_project}
*/
export class Project extends cdktf.TerraformResource {

  // =================
  // STATIC PROPERTIES
  // =================
  public static readonly tfResourceType = "launchdarkly_project";

  // ==============
  // STATIC Methods
  // ==============
  /**
  * Generates CDKTF code for importing a Project resource upon running "cdktf plan <stack-name>"
  * @param scope The scope in which to define this construct
  * @param importToId The construct id used in the generated config for the Project to import
  * @param importFromId The id of the existing Project that should be imported. Refer to the {@link https://registry.terraform.io/providers/launchdarkly/launchdarkly/3.1.3/docs/resources/project#import import section} in the documentation of this resource for the id to use
  * @param provider? Optional instance of the provider where the Project to import is found
  */
  public static generateConfigForImport(scope: Construct, importToId: string, importFromId: string, provider?: cdktf.TerraformProvider) {
        return new cdktf.ImportableResource(scope, importToId, { terraformResourceType: "launchdarkly_project", importId: importFromId, provider });
      }

  // ===========
  // INITIALIZER
  // ===========

  /**
  * Create a new {@link https://registry.terraform.io/providers/launchdarkly/launchdarkly/3.1.3/docs/resources/project launchdarkly_project} Resource
  *
  * @param scope The scope in which to define this construct
  * @param id The scoped construct ID. Must be unique amongst siblings in the same scope
  * @param options ProjectConfig
  */
  public constructor(scope: Construct, id: string, config: ProjectConfig) {
    super(scope, id, {
      terraformResourceType: 'launchdarkly_project',
      terraformGeneratorMetadata: {
        providerName: 'launchdarkly',
        providerVersion: '3.1.3'
      },
      provider: config.provider,
      dependsOn: config.dependsOn,
      count: config.count,
      lifecycle: config.lifecycle,
      provisioners: config.provisioners,
      connection: config.connection,
      forEach: config.forEach
    });
    this._defaultClientSideAvailability.internalValue = config.defaultClientSideAvailability;
    this._environments.internalValue = config.environments;
    this._key = config.key;
    this._name = config.name;
    this._requireViewAssociationForNewFlags = config.requireViewAssociationForNewFlags;
    this._requireViewAssociationForNewSegments = config.requireViewAssociationForNewSegments;
    this._tags = config.tags;
  }

  // ==========
  // ATTRIBUTES
  // ==========

  // default_client_side_availability - computed: false, optional: true, required: false
  private _defaultClientSideAvailability = new ProjectDefaultClientSideAvailabilityOutputReference(this, "default_client_side_availability");
  public get defaultClientSideAvailability() {
    return this._defaultClientSideAvailability;
  }
  public putDefaultClientSideAvailability(value: ProjectDefaultClientSideAvailability) {
    this._defaultClientSideAvailability.internalValue = value;
  }
  public resetDefaultClientSideAvailability() {
    this._defaultClientSideAvailability.internalValue = undefined;
  }
  // Temporarily expose input value. Use with caution.
  public get defaultClientSideAvailabilityInput() {
    return this._defaultClientSideAvailability.internalValue;
  }

  // environments - computed: false, optional: false, required: true
  private _environments = new ProjectEnvironmentsMap(this, "environments");
  public get environments() {
    return this._environments;
  }
  public putEnvironments(value: { [key: string]: ProjectEnvironments } | cdktf.IResolvable) {
    this._environments.internalValue = value;
  }
  // Temporarily expose input value. Use with caution.
  public get environmentsInput() {
    return this._environments.internalValue;
  }

  // id - computed: true, optional: false, required: false
  public get id() {
    return this.getStringAttribute('id');
  }

  // key - computed: false, optional: false, required: true
  private _key?: string; 
  public get key() {
    return this.getStringAttribute('key');
  }
  public set key(value: string) {
    this._key = value;
  }
  // Temporarily expose input value. Use with caution.
  public get keyInput() {
    return this._key;
  }

  // name - computed: false, optional: false, required: true
  private _name?: string; 
  public get name() {
    return this.getStringAttribute('name');
  }
  public set name(value: string) {
    this._name = value;
  }
  // Temporarily expose input value. Use with caution.
  public get nameInput() {
    return this._name;
  }

  // require_view_association_for_new_flags - computed: true, optional: true, required: false
  private _requireViewAssociationForNewFlags?: boolean | cdktf.IResolvable; 
  public get requireViewAssociationForNewFlags() {
    return this.getBooleanAttribute('require_view_association_for_new_flags');
  }
  public set requireViewAssociationForNewFlags(value: boolean | cdktf.IResolvable) {
    this._requireViewAssociationForNewFlags = value;
  }
  public resetRequireViewAssociationForNewFlags() {
    this._requireViewAssociationForNewFlags = undefined;
  }
  // Temporarily expose input value. Use with caution.
  public get requireViewAssociationForNewFlagsInput() {
    return this._requireViewAssociationForNewFlags;
  }

  // require_view_association_for_new_segments - computed: true, optional: true, required: false
  private _requireViewAssociationForNewSegments?: boolean | cdktf.IResolvable; 
  public get requireViewAssociationForNewSegments() {
    return this.getBooleanAttribute('require_view_association_for_new_segments');
  }
  public set requireViewAssociationForNewSegments(value: boolean | cdktf.IResolvable) {
    this._requireViewAssociationForNewSegments = value;
  }
  public resetRequireViewAssociationForNewSegments() {
    this._requireViewAssociationForNewSegments = undefined;
  }
  // Temporarily expose input value. Use with caution.
  public get requireViewAssociationForNewSegmentsInput() {
    return this._requireViewAssociationForNewSegments;
  }

  // tags - computed: false, optional: true, required: false
  private _tags?: string[]; 
  public get tags() {
    return cdktf.Fn.tolist(this.getListAttribute('tags'));
  }
  public set tags(value: string[]) {
    this._tags = value;
  }
  public resetTags() {
    this._tags = undefined;
  }
  // Temporarily expose input value. Use with caution.
  public get tagsInput() {
    return this._tags;
  }

  // =========
  // SYNTHESIS
  // =========

  protected synthesizeAttributes(): { [name: string]: any } {
    return {
      default_client_side_availability: projectDefaultClientSideAvailabilityToTerraform(this._defaultClientSideAvailability.internalValue),
      environments: cdktf.hashMapper(projectEnvironmentsToTerraform)(this._environments.internalValue),
      key: cdktf.stringToTerraform(this._key),
      name: cdktf.stringToTerraform(this._name),
      require_view_association_for_new_flags: cdktf.booleanToTerraform(this._requireViewAssociationForNewFlags),
      require_view_association_for_new_segments: cdktf.booleanToTerraform(this._requireViewAssociationForNewSegments),
      tags: cdktf.listMapper(cdktf.stringToTerraform, false)(this._tags),
    };
  }

  protected synthesizeHclAttributes(): { [name: string]: any } {
    const attrs = {
      default_client_side_availability: {
        value: projectDefaultClientSideAvailabilityToHclTerraform(this._defaultClientSideAvailability.internalValue),
        isBlock: true,
        type: "struct",
        storageClassType: "ProjectDefaultClientSideAvailability",
      },
      environments: {
        value: cdktf.hashMapperHcl(projectEnvironmentsToHclTerraform)(this._environments.internalValue),
        isBlock: true,
        type: "map",
        storageClassType: "ProjectEnvironmentsMap",
      },
      key: {
        value: cdktf.stringToHclTerraform(this._key),
        isBlock: false,
        type: "simple",
        storageClassType: "string",
      },
      name: {
        value: cdktf.stringToHclTerraform(this._name),
        isBlock: false,
        type: "simple",
        storageClassType: "string",
      },
      require_view_association_for_new_flags: {
        value: cdktf.booleanToHclTerraform(this._requireViewAssociationForNewFlags),
        isBlock: false,
        type: "simple",
        storageClassType: "boolean",
      },
      require_view_association_for_new_segments: {
        value: cdktf.booleanToHclTerraform(this._requireViewAssociationForNewSegments),
        isBlock: false,
        type: "simple",
        storageClassType: "boolean",
      },
      tags: {
        value: cdktf.listMapperHcl(cdktf.stringToHclTerraform, false)(this._tags),
        isBlock: false,
        type: "set",
        storageClassType: "stringList",
      },
    };

    // remove undefined attributes
    return Object.fromEntries(Object.entries(attrs).filter(([_, value]) => value !== undefined && value.value !== undefined ))
  }
}
